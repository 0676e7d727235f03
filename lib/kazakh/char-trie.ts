// A compact character trie for the analyser's hot look-ups (lexicon prefixes, word endings,
// derivational suffixes): nodes are integers and edges live in flat typed arrays, so a walk
// along a word costs a few array reads per letter instead of a Map look-up (measured: the
// Map-per-node tries were the analyser's most expensive lines on first analyses).

/** Root children are found by direct index for codes below this (Latin, Cyrillic). */
const DENSE = 0x530;

export class CharTrie<T> {
  private readonly rootDense: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeTo: Int32Array;
  private readonly values: (T | undefined)[];

  private constructor(rootDense: Int32Array, edgeStart: Int32Array, edgeCode: Uint16Array, edgeTo: Int32Array, values: (T | undefined)[]) {
    this.rootDense = rootDense;
    this.edgeStart = edgeStart;
    this.edgeCode = edgeCode;
    this.edgeTo = edgeTo;
    this.values = values;
  }

  /** The trie of the keys (read right to left when reversed), each with its value. */
  static build<T>(pairs: Iterable<readonly [string, T]>, reversed = false): CharTrie<T> {
    // a temporary trie of Maps, then laid out node by node
    interface Tmp { next: Map<number, Tmp>; value: T | undefined; id: number }
    const root: Tmp = { next: new Map(), value: undefined, id: 0 };
    for (const [key, value] of pairs) {
      let node = root;
      for (let k = 0; k < key.length; k++) {
        const c = key.charCodeAt(reversed ? key.length - 1 - k : k);
        let nx = node.next.get(c);
        if (!nx) node.next.set(c, (nx = { next: new Map(), value: undefined, id: -1 }));
        node = nx;
      }
      node.value = value;
    }
    const order: Tmp[] = [root];
    for (let i = 0; i < order.length; i++) {
      for (const nx of order[i]!.next.values()) {
        nx.id = order.length;
        order.push(nx);
      }
    }
    const edges = order.length - 1;
    const edgeStart = new Int32Array(order.length + 1);
    const edgeCode = new Uint16Array(edges);
    const edgeTo = new Int32Array(edges);
    const values: (T | undefined)[] = new Array<T | undefined>(order.length);
    let e = 0;
    for (let i = 0; i < order.length; i++) {
      const node = order[i]!;
      edgeStart[i] = e;
      values[i] = node.value;
      for (const [c, nx] of node.next) {
        edgeCode[e] = c;
        edgeTo[e] = nx.id;
        e++;
      }
    }
    edgeStart[order.length] = e;
    const rootDense = new Int32Array(DENSE).fill(-1);
    for (const [c, nx] of root.next) if (c < DENSE) rootDense[c] = nx.id;
    return new CharTrie(rootDense, edgeStart, edgeCode, edgeTo, values);
  }

  /** The child of a node by a character code, or -1. The root is node 0. */
  child(node: number, code: number): number {
    if (node === 0 && code < DENSE) return this.rootDense[code]!;
    const end = this.edgeStart[node + 1]!;
    for (let e = this.edgeStart[node]!; e < end; e++) if (this.edgeCode[e] === code) return this.edgeTo[e]!;
    return -1;
  }

  /** The value of the key a node spells, if it is one. */
  value(node: number): T | undefined {
    return this.values[node];
  }
}
