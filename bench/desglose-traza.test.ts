import { describe, it, expect } from 'vitest';
import { desglosarTraza, type EventoTraza } from './desglose-traza.js';

const hilo = (pid: number, tid: number, name: string): EventoTraza => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
const ev = (name: string, ts: number, dur: number, tid = 1): EventoTraza => ({ name, ph: 'X', ts, dur, pid: 1, tid });

describe('desglosarTraza', () => {
  it('charges nested events to their own phase and takes them out of the enclosing one', () => {
    const d = desglosarTraza([
      hilo(1, 1, 'CrRendererMain'),
      // 10 ms of script with a forced layout of 4 ms inside, which builds a font (1 ms, with a nested fallback lookup).
      ev('FunctionCall', 0, 10_000),
      ev('RunMicrotasks', 1_000, 2_000),
      ev('Layout', 5_000, 4_000),
      ev('FontCache::GetFontPlatformData', 6_000, 1_000),
      ev('FontCache::GetFontPlatformData', 6_000, 1_000),
      // A frame: style 1 ms, paint 3 ms (prepaint and paint).
      ev('UpdateLayoutTree', 20_000, 1_000),
      ev('PrePaint', 21_000, 1_000),
      ev('Paint', 22_000, 2_000),
    ]);
    expect(d.ms).toEqual({ script: 6, estiloDiseno: 4, pintura: 3, fuentes: 1 });
    expect(d.fuentesCreadas).toBe(1);
  });

  it('reads only the renderer main thread and the time window', () => {
    const d = desglosarTraza(
      [hilo(1, 1, 'CrRendererMain'), hilo(1, 2, 'Compositor'), ev('Paint', 0, 5_000, 2), ev('Layout', 1_000, 2_000), ev('Layout', 50_000, 9_000)],
      500,
      10_000,
    );
    expect(d.ms).toEqual({ script: 0, estiloDiseno: 2, pintura: 0, fuentes: 0 });
  });

  it('ignores events of other kinds and events without duration', () => {
    const d = desglosarTraza([hilo(1, 1, 'CrRendererMain'), ev('ParseHTML', 0, 3_000), { name: 'Layout', ph: 'B', ts: 0, pid: 1, tid: 1 }]);
    expect(d.ms).toEqual({ script: 0, estiloDiseno: 0, pintura: 0, fuentes: 0 });
    expect(d.fuentesCreadas).toBe(0);
  });
});
