import { afterEach, describe, expect, it, vi } from "vitest";
import { MATCH_REVALIDATION } from "@/lib/store/changes";
import { expirePages, installPageExpiry } from "./page-expiry";

describe("expiring cached pages outside a request", () => {
  afterEach(() => installPageExpiry(() => {}));

  it("does nothing where no server installed the expiry (next dev, tests)", () => {
    expect(() => expirePages([MATCH_REVALIDATION])).not.toThrow();
  });

  it("expires the tags revalidatePath would, through what the server installed", () => {
    const expire = vi.fn();
    installPageExpiry(expire);
    expirePages([MATCH_REVALIDATION, { path: "/pl/occupations/351402" }]);
    expect(expire).toHaveBeenCalledWith(["_N_T_/[locale]/match/with/[state]/page", "_N_T_/pl/occupations/351402"]);
  });
});
