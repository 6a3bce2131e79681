/**
 * An indexed binary min-heap over typed arrays, for Dijkstra's algorithm: nodes are ints,
 * `pos[v]` is v's place in the heap (-1: absent), and each slot keeps its key beside the node
 * (`keys`), so sifting compares without an indirection. Decrease-key moves a node up in place,
 * so the heap never holds a node twice and never grows beyond n. (E. W. Dijkstra, "A note on
 * two problems in connexion with graphs", Numerische Mathematik 1:269–271, 1959;
 * J. W. J. Williams, "Algorithm 232: Heapsort", Communications of the ACM 7(6):347–348, 1964.)
 */
export interface IndexedHeap {
  readonly heap: Int32Array;
  readonly keys: Float64Array;
  readonly pos: Int32Array;
  size: number;
}

/** Inserts v with `key`, or lowers v's key to `key` if v is already in the heap. */
export function heapPushOrDecrease(h: IndexedHeap, v: number, key: number): void {
  let i = h.pos[v]!;
  if (i < 0) i = h.size++;
  const { heap, keys, pos } = h;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = keys[parent]!;
    if (pk <= key) break;
    const p = heap[parent]!;
    heap[i] = p;
    keys[i] = pk;
    pos[p] = i;
    i = parent;
  }
  heap[i] = v;
  keys[i] = key;
  pos[v] = i;
}

/** Removes and returns the node with the smallest key. */
export function heapPop(h: IndexedHeap): number {
  const { heap, keys, pos } = h;
  const top = heap[0]!;
  pos[top] = -1;
  const size = --h.size;
  if (size === 0) return top;
  const v = heap[size]!;
  const key = keys[size]!;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let ck = keys[child]!;
    const right = child + 1;
    if (right < size && keys[right]! < ck) {
      child = right;
      ck = keys[right]!;
    }
    if (ck >= key) break;
    const c = heap[child]!;
    heap[i] = c;
    keys[i] = ck;
    pos[c] = i;
    i = child;
  }
  heap[i] = v;
  keys[i] = key;
  pos[v] = i;
  return top;
}
