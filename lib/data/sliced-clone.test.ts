import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { assembleSliced, slicedMessages, type SlicedMessage } from "./sliced-clone";

/** Sends the messages over a real MessageChannel (structured clone, as from the worker) and assembles them. */
async function roundTrip<T>(value: T, partSize: number, budgetMs = 10): Promise<{ value: T; messages: number; pauses: number }> {
  const { port1, port2 } = new MessageChannel();
  let messages = 0;
  for (const message of slicedMessages(value, () => partSize)) {
    port2.postMessage(message);
    messages++;
  }
  let pauses = 0;
  const next = () => (receiveMessageOnPort(port1) as { message: SlicedMessage } | undefined)?.message;
  const pause = () => {
    pauses++;
    return new Promise<void>((resolve) => setImmediate(resolve));
  };
  try {
    return { value: await assembleSliced<T>(next, pause, budgetMs), messages, pauses };
  } finally {
    port1.close();
  }
}

describe("slicedMessages and assembleSliced", () => {
  it("give back an equal value whose large arrays and Maps came in parts", async () => {
    const items = Array.from({ length: 2500 }, (_, i) => ({ text: `zadanie ${i} – łódź`, codes: [String(i).padStart(6, "0")] }));
    const postings = new Map(Array.from({ length: 1200 }, (_, i) => [`rdzeń${i}`, Int32Array.from([i, i + 1])] as const));
    const value = { items, postings, small: new Map([["011001", "Oficer"]]), counts: new Float64Array([0.5, 1.5]), n: 7, none: null };
    const { value: back, messages } = await roundTrip(value, 500);
    expect(back).toEqual(value);
    expect(back.items[2499]!.codes[0]).toBe("002499");
    expect(back.postings.get("rdzeń1199")).toEqual(Int32Array.from([1199, 1200]));
    // 5 parts of items, 3 of postings, the root.
    expect(messages).toBe(9);
  });

  it("keeps an object met twice one object (the match catalogue's index is the skill index)", async () => {
    const index = { items: Array.from({ length: 50 }, (_, i) => ({ i })), vocabulary: new Map([["a", "a"]]) };
    const { value: back } = await roundTrip({ index, catalogue: { index, holders: [Int32Array.from([1])] } }, 10);
    expect(back.catalogue.index).toBe(back.index);
    expect(back.index.items).toHaveLength(50);
  });

  it("keeps the order of entries across parts, and Map keys of any type", async () => {
    const map = new Map<number, string>(Array.from({ length: 1000 }, (_, i) => [1000 - i, `v${i}`]));
    const { value: back } = await roundTrip({ map }, 7);
    expect([...back.map.keys()]).toEqual([...map.keys()]);
  });

  it("yields to the loop while a large value is put back (a zero budget: after every part)", async () => {
    const value = { rows: Array.from({ length: 100 }, (_, i) => i) };
    const { value: back, pauses, messages } = await roundTrip(value, 10, 0);
    expect(back.rows).toEqual(value.rows);
    expect(pauses).toBeGreaterThanOrEqual(messages - 1);
  });

  it("fails, not hangs, when the root never comes", async () => {
    const parts = [...slicedMessages({ rows: Array.from({ length: 30 }, (_, i) => i) }, () => 10)].filter((m) => !("root" in m));
    const next = () => parts.shift();
    await expect(assembleSliced(next, () => new Promise((resolve) => setImmediate(resolve)), 10, 50)).rejects.toThrow("ended before its root");
  });
});
