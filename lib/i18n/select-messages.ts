/**
 * The messages a page hands to its client components (lib/i18n/client-messages.tsx), chosen once
 * per locale and list and then reused.
 *
 * Why memoised: the choice depends only on the locale's messages (one object per locale for the
 * life of the process, lib/i18n/request.ts) and the lists in the code, yet it ran on every dynamic
 * render. And why the same objects matter: React's RSC payload writes an object it has already
 * written in the same response as a reference ("$16:props:messages:error"). A page with two
 * providers (the locale layout's and /match's) sends a namespace once only if both providers hold
 * the very same object, so a picked part of a namespace is shared too.
 */
type Messages = Record<string, unknown>;
/** Only these keys of a namespace. */
export type MessagePick = Readonly<Record<string, readonly string[]>>;

const chosen = new WeakMap<Messages, Map<string, Messages>>();
const picked = new WeakMap<object, Map<string, Messages>>();

function memo<K extends object>(memos: WeakMap<K, Map<string, Messages>>, owner: K, key: string, make: () => Messages): Messages {
  let byKey = memos.get(owner);
  if (!byKey) memos.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (!value) byKey.set(key, (value = make()));
  return value;
}

/** `keys` of one namespace, as one object per namespace object and key list. */
function pickKeys(namespace: Messages, keys: readonly string[]): Messages {
  return memo(picked, namespace, keys.join("\0"), () => Object.fromEntries(keys.filter((k) => k in namespace).map((k) => [k, namespace[k]])));
}

/**
 * The namespaces of `all` named in `namespaces` (those the locale has), each whole or, when `pick`
 * names it, only the keys listed there. The same arguments give the same object.
 */
export function selectMessages(all: Messages, namespaces: readonly string[], pick: MessagePick = {}): Messages {
  const key = JSON.stringify([namespaces, pick]);
  return memo(chosen, all, key, () => {
    const messages: Messages = {};
    for (const ns of namespaces) if (ns in all) messages[ns] = all[ns];
    for (const [ns, keys] of Object.entries(pick)) {
      const namespace = all[ns];
      if (namespace && typeof namespace === "object") messages[ns] = pickKeys(namespace as Messages, keys);
    }
    return messages;
  });
}
