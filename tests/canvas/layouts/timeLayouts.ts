/**
 * How long the layouts take on a generated 300-actor, 900-tie map (a measurement, not a test):
 *   npx tsx tests/canvas/layouts/timeLayouts.ts
 */
import { performance } from 'node:perf_hooks';
import { concentricLayout, forceLayout } from '../../../src/canvas/layouts';
import { generateMap } from '../../fixtures/generateMap';

const map = generateMap({ actors: 300, ties: 900 });
const RUNS = 7;

/** Wall-clock and CPU time: on a busy machine the CPU time is the fairer figure. */
function time(name: string, run: () => unknown): void {
  run(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  console.log(
    `${name.padEnd(20)} median ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU`,
  );
}

console.log(`map: ${map.actors.length} actors, ${map.ties.length} ties, ${RUNS} runs each`);
time('rings by frequency', () => concentricLayout(map, 'frequency'));
time('rings by position', () => concentricLayout(map, 'position'));
time('force (300 ticks)', () => forceLayout(map));
