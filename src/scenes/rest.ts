import Phaser from 'phaser';

/**
 * A map that rests (issue 12): Phaser's loop sleeps while nothing on the map moves or has
 * changed, so an idle game costs the page nothing, where a running loop redraws every shape
 * each frame. Whatever changes the picture asks for a frame (`wake`); whatever moves keeps
 * the loop running while it moves (`keepAwakeWhile`). Pointer input and resizing still reach
 * the scene while the loop sleeps (Phaser handles DOM events and refreshes its scale at once),
 * and what they change asks for its frame like any other change.
 */
export class Rest {
  /** Frames drawn since the map started; it stands still while the map rests (tests read it). */
  frames = 0;
  private owed = 0;
  private readonly busy: (() => boolean)[] = [];
  private asked = false;
  private readonly off: (() => void)[] = [];

  constructor(private readonly game: Phaser.Game) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.drawn, this);
    const wake = (): void => this.wake();
    // A page shown again, or a canvas context given back (2D or WebGL), may have lost what was on the canvas.
    game.events.on(Phaser.Core.Events.VISIBLE, wake);
    game.canvas.addEventListener('contextrestored', wake);
    game.canvas.addEventListener('webglcontextrestored', wake);
    this.off.push(
      () => game.events.off(Phaser.Core.Events.POST_RENDER, this.drawn, this),
      () => game.events.off(Phaser.Core.Events.VISIBLE, wake),
      () => game.canvas.removeEventListener('contextrestored', wake),
      () => game.canvas.removeEventListener('webglcontextrestored', wake),
    );
    // A snapshot (a pixel read) is taken after the next frame drawn, so it needs one.
    const renderer = game.renderer as { snapshotArea?: (...a: unknown[]) => unknown } | null;
    const snapshotArea = renderer?.snapshotArea;
    if (renderer && snapshotArea) {
      renderer.snapshotArea = (...a: unknown[]): unknown => {
        const r = snapshotArea.apply(renderer, a);
        this.wake();
        return r;
      };
      this.off.push(() => {
        renderer.snapshotArea = snapshotArea;
      });
    }
  }

  /** The picture changed: draw it at the next frame, waking the loop if it sleeps. */
  wake(): void {
    this.owed = 1;
    if (this.game.loop.running || this.asked) return;
    // From the next animation frame, not here: a change made inside an input handler or a
    // store update would otherwise step the whole game in the middle of it.
    this.asked = true;
    requestAnimationFrame(() => {
      this.asked = false;
      this.game.loop.wake();
    });
  }

  /** Keeps the loop running for as long as `moving` says something moves (a tween, a pulse). */
  keepAwakeWhile(moving: () => boolean): void {
    this.busy.push(moving);
    this.wake();
  }

  /** Stops resting: the loop runs on as Phaser's own would (the scene shut down). */
  destroy(): void {
    for (const f of this.off) f();
    this.off.length = 0;
    this.busy.length = 0;
    this.game.loop.wake();
  }

  private drawn(): void {
    this.frames++;
    if (this.owed > 0) this.owed--;
    if (this.owed === 0 && !this.busy.some((moving) => moving())) this.game.loop.sleep();
  }
}
