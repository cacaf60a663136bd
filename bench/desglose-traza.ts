/**
 * Where a page's main-thread time goes, from a Chromium performance trace (the events DevTools records): script,
 * style and layout, paint, and the fonts built on first use, each counted once. Trace events nest (a forced
 * layout runs inside a script call, a font is built inside layout), so each event's time is charged to its own
 * phase minus the time of the classified events inside it: the phases add up to the classified time, never more.
 */

/** One "complete" trace event (`ph: 'X'`), as Chromium writes it: microseconds. */
export interface EventoTraza {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export type Fase = 'script' | 'estiloDiseno' | 'pintura' | 'fuentes';

const FASES: Record<string, Fase> = {
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  UpdateLayoutTree: 'estiloDiseno',
  Layout: 'estiloDiseno',
  PrePaint: 'pintura',
  Paint: 'pintura',
  Layerize: 'pintura',
  'FontCache::GetFontPlatformData': 'fuentes',
};

export interface Desglose {
  /** Milliseconds of each phase, exclusive of the other phases nested inside it. */
  ms: Record<Fase, number>;
  /** Fonts built (outermost GetFontPlatformData calls: a lookup that falls back to another family counts once). */
  fuentesCreadas: number;
}

/**
 * Breakdown of the renderer's main thread between `desde` and `hasta` (trace microseconds; events that start in
 * the window). The main thread is the one Chromium names CrRendererMain; with several renderers, every one.
 */
export function desglosarTraza(eventos: EventoTraza[], desde = -Infinity, hasta = Infinity): Desglose {
  const principales = new Set(
    eventos.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const ms: Record<Fase, number> = { script: 0, estiloDiseno: 0, pintura: 0, fuentes: 0 };
  let fuentesCreadas = 0;
  const porHilo = new Map<string, EventoTraza[]>();
  for (const e of eventos) {
    if (e.ph !== 'X' || e.dur === undefined || !(e.name in FASES)) continue;
    if (e.ts < desde || e.ts > hasta) continue;
    const hilo = `${e.pid}:${e.tid}`;
    if (!principales.has(hilo)) continue;
    const lista = porHilo.get(hilo) ?? [];
    lista.push(e);
    porHilo.set(hilo, lista);
  }
  for (const lista of porHilo.values()) {
    // Parents first: earlier start, and at the same start the longer one.
    lista.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const pila: EventoTraza[] = [];
    for (const e of lista) {
      const dur = e.dur ?? 0;
      while (pila.length && (pila[pila.length - 1] as EventoTraza).ts + ((pila[pila.length - 1] as EventoTraza).dur ?? 0) <= e.ts) pila.pop();
      const padre = pila[pila.length - 1];
      const fase = FASES[e.name] as Fase;
      if (fase === 'fuentes' && padre && FASES[padre.name] === 'fuentes') {
        // A nested lookup of the same font (a fallback family): already inside its parent's time and count.
      } else {
        ms[fase] += dur / 1000;
        if (padre) ms[FASES[padre.name] as Fase] -= dur / 1000;
        if (fase === 'fuentes') fuentesCreadas++;
      }
      pila.push(e);
    }
  }
  return { ms, fuentesCreadas };
}
