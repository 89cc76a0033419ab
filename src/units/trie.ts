/** A trie over key tokens: each path of folded keys leads to the values stored at its end. */
export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  value: T | undefined;
}

export function newNode<T>(): TrieNode<T> {
  return { children: new Map(), value: undefined };
}

/** Store `value` at the path `keys`; returns the value already there, if any (not replaced). */
export function trieInsert<T>(root: TrieNode<T>, keys: readonly string[], value: T, replace = false): T | undefined {
  let node = root;
  for (const k of keys) {
    let next = node.children.get(k);
    if (!next) { next = newNode<T>(); node.children.set(k, next); }
    node = next;
  }
  const old = node.value;
  if (old === undefined || replace) node.value = value;
  return old;
}

export function trieGet<T>(root: TrieNode<T>, keys: readonly string[]): T | undefined {
  let node: TrieNode<T> | undefined = root;
  for (const k of keys) { node = node.children.get(k); if (!node) return undefined; }
  return node.value;
}
