import { expect, test } from '@playwright/test';
import { currentMap, openApp, waitForSaved } from './helpers';

test('two tabs on one map never overwrite each other', async ({ context }) => {
  const first = await context.newPage();
  await openApp(first);
  const second = await context.newPage();
  await openApp(second);
  const map = (await currentMap(first))!;
  expect((await currentMap(second))!.id).toBe(map.id);
  const actor = map.actors[1]!.id;

  const move = (x: number) =>
    first.evaluate(
      ([id, x]) =>
        window.__partnermap!.store!.apply((m) => ({
          ...m,
          positions: { ...m.positions, [id as string]: { x: x as number, y: 0 } },
        })),
      [actor, x] as const,
    );
  await move(1234);
  await waitForSaved(first);

  const banner = second.getByTestId('changed-elsewhere');
  await expect(banner).toContainText('changed in another tab');
  await banner.getByRole('button', { name: 'Open the newest version' }).click();
  await expect(banner).toBeHidden();
  expect((await currentMap(second))!.positions[actor]).toEqual({ x: 1234, y: 0 });
});
