/**
 * The weighted pass when every edge length is a whole number of sixtieths (frequency levels
 * 1–5: lengths 1/level = 60/60 … 12/60): lengths become integers, path lengths are exact
 * integer sums, and Dijkstra's priority queue becomes a ring of (longest edge + 1) buckets, one
 * per distance (R. B. Dial, "Algorithm 360: shortest-path forest with topological ordering",
 * Communications of the ACM 12(11):632–633, 1969). Same results as dijkstra.ts, whose equal-
 * distance tolerance stands in for this exactness; dependencies as there (Brandes 2001, 2008;
 * closeness: Freeman 1979; harmonic: Marchiori & Latora 2000, Boldi & Vigna 2014).
 *
 * A node sits in at most one bucket (a doubly linked list through bucketNext / bucketPrev):
 * lowering its distance moves it. Nodes leave the buckets in order of distance, which is the
 * order Brandes' accumulation needs.
 */
import type { EngineGraph } from '../graph';
import { copyBetweenness, type EngineBuffers, type PartialSums } from './buffers';
import { accumulatePredecessors, addLeafSums } from './dependencies';

/** lcm(1, 2, 3, 4, 5): every 1/level is a whole number of sixtieths. */
const SCALE = 60;
/**
 * The longest edge allowed, in sixtieths (a strength of at least 60/1024 ≈ 0.06). Emptying the
 * queue may pass over as many empty buckets per node as the longest edge has units, so longer
 * edges are left to the heap.
 */
const LONGEST = 1024;

/**
 * The lengths of the adjacency slots in whole sixtieths (to 1e-9 relative, the rounding of
 * 1/level), or null if some length is not a whole number of them or is too long.
 */
export function integerLengths(
  graph: EngineGraph,
): { readonly scale: number; readonly lengths: Int32Array; readonly longest: number } | null {
  const { distances } = graph;
  const lengths = new Int32Array(distances.length);
  let longest = 0;
  for (let i = 0; i < distances.length; i++) {
    const x = distances[i]! * SCALE;
    const r = Math.round(x);
    if (!(r >= 1 && r <= LONGEST && Math.abs(x - r) <= 1e-9 * r)) return null;
    lengths[i] = r;
    if (r > longest) longest = r;
  }
  return { scale: SCALE, lengths, longest };
}

export function accumulateDial(
  graph: EngineGraph,
  sourceStart: number,
  sourceEnd: number,
  buffers: EngineBuffers,
  into: PartialSums,
  { scale, lengths, longest }: { scale: number; lengths: Int32Array; longest: number },
): void {
  const { offsets, targets } = graph;
  const { order, sigma, hops: steps, preds, predCount, leafParent, leafCount } = buffers;
  const { bucketNext: next, bucketPrev: prev } = buffers;
  const ring = longest + 1;
  const heads = Array.from({ length: ring }, () => -1); // plain, as the buffers (buffers.ts)
  const betweenness = buffers.betweenness;
  copyBetweenness(buffers, into, false);
  for (let s = sourceStart; s < sourceEnd; s++) {
    if (leafParent[s]! >= 0) continue; // counted with its neighbour's search
    steps[s] = 0;
    sigma[s] = 1;
    heads[0] = s;
    next[s] = -1;
    prev[s] = -1;
    let queued = 1;
    let current = 0; // the distance of the bucket being emptied
    let bucket = 0;
    let count = 0;
    let distanceSteps = 0;
    let harmonic = 0;
    while (queued > 0) {
      while (heads[bucket]! < 0) {
        current++;
        bucket = bucket + 1 === ring ? 0 : bucket + 1;
      }
      const v = heads[bucket]!;
      const after = next[v]!;
      heads[bucket] = after;
      if (after >= 0) prev[after] = -1;
      queued--;
      order[count++] = v;
      const sv = sigma[v]!;
      if (v !== s) {
        distanceSteps += current;
        harmonic += scale / current;
      }
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = targets[i]!;
        const dw = steps[w]!;
        const candidate = current + lengths[i]!;
        if (dw >= 0 && candidate > dw) continue; // shorter path known, or w settled
        if (candidate === dw) {
          sigma[w]! += sv;
          preds[offsets[w]! + predCount[w]!++] = v;
          continue;
        }
        // First or shorter path: w (re)enters the bucket of its new distance. A settled node
        // is never here: its distance is at most current < candidate.
        if (dw >= 0) {
          const p = prev[w]!;
          const q = next[w]!;
          if (p >= 0) next[p] = q;
          else heads[dw % ring] = q;
          if (q >= 0) prev[q] = p;
        } else {
          queued++;
        }
        steps[w] = candidate;
        sigma[w] = sv;
        preds[offsets[w]!] = v;
        predCount[w] = 1;
        const b = candidate % ring;
        const first = heads[b]!;
        next[w] = first;
        prev[w] = -1;
        if (first >= 0) prev[first] = w;
        heads[b] = w;
      }
    }
    into.reached[s] = count;
    into.distanceSum[s] = distanceSteps / scale;
    into.harmonic[s] = harmonic;
    const leaves = leafCount[s]!;
    if (leaves > 0) {
      betweenness[s]! += leaves * (count - 2);
      addLeafSums(graph, s, count, order, steps, lengths, distanceSteps, scale, leafParent, into);
    }
    accumulatePredecessors(graph, buffers, count, 1 + leaves);
    for (let k = 0; k < count; k++) steps[order[k]!] = -1;
  }
  copyBetweenness(buffers, into, true);
}
