import { css } from 'lit';

/** Styles of <pdd-mapa>. Fills come from classes (CSP-safe, themeable), never from style attributes. */
export const estilosMapa = css`
  :host {
    --_mapa-vacio: var(--pdd-mapa-vacio, var(--_fondo));
    --_mapa-linea: var(--pdd-mapa-linea, var(--_texto-suave));
    --_mapa-alto-max: var(--pdd-mapa-alto-max, min(40em, 85vh));
  }
  .lienzo {
    position: relative;
    margin: 0 auto;
    /* The map keeps its shape: at most --pdd-mapa-alto-max tall (the aspect is set from the geometry). */
    max-width: calc(var(--_mapa-alto-max) * var(--_aspecto, 1));
  }
  /* Before the boundaries arrive their aspect is unknown: a square box of the map's height, not one line. */
  .lienzo.reserva {
    aspect-ratio: 1;
    display: flex;
    align-items: center;
    justify-content: center;
  }
  svg.mapa {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .municipio {
    fill: var(--_mapa-vacio);
    fill-rule: evenodd; /* holes are holes whatever the rings' winding */
    stroke: var(--_mapa-linea);
    stroke-width: 0.75px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    transition: fill 0.2s ease;
  }
  .denso .municipio {
    stroke-width: 0.4px;
  }
  .municipio.sin-dato {
    fill: url(#pdd-rayado);
  }
  .municipio:focus {
    outline: none; /* the focus ring below is drawn on top of the neighbours instead */
  }
  .municipio:hover {
    stroke: var(--_texto);
    stroke-width: 1.5px;
  }
  .rayado-fondo {
    fill: var(--_mapa-vacio);
  }
  .rayado-linea {
    stroke: var(--_mapa-linea);
    stroke-width: 1.2;
  }
  .rayado-sel-linea {
    stroke: var(--_texto);
    stroke-width: 1.6;
  }
  .seleccion {
    fill: url(#pdd-rayado-sel);
    fill-rule: evenodd;
    stroke: var(--_texto);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .anillo-foco-halo,
  .anillo-foco {
    fill: none;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .anillo-foco-halo {
    stroke: var(--_fondo);
    stroke-width: 7px;
  }
  .anillo-foco {
    stroke: var(--_foco);
    stroke-width: 4px;
  }
  .etiqueta-sel {
    position: absolute;
    transform: translate(-50%, -50%);
    font-weight: 700;
    font-size: var(--_t-pequeno);
    white-space: nowrap;
    color: var(--_texto);
    text-shadow:
      0 0 3px var(--_fondo),
      0 0 3px var(--_fondo),
      0 0 3px var(--_fondo);
    pointer-events: none;
  }
  .globo {
    position: absolute;
    z-index: 1;
    transform: translate(-50%, calc(-100% - 10px));
    width: max-content;
    max-width: 18em;
    padding: 0.4em 0.6em;
    font-size: var(--_t-pequeno);
    line-height: 1.35;
    color: var(--_texto);
    background: var(--_fondo);
    border: 1px solid var(--_borde);
    border-radius: var(--_radio);
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
    pointer-events: none;
  }
  .globo.abajo {
    transform: translate(-50%, 10px);
  }
  .globo strong {
    display: block;
  }
  .globo span {
    display: block;
    color: var(--_texto-suave);
  }
  .instrucciones,
  .nota,
  .fuente {
    color: var(--_texto-suave);
    font-size: var(--_t-pequeno);
  }
  .instrucciones {
    margin-top: 0.5em;
  }
  .leyenda {
    list-style: none;
    margin: 0.75em 0 0.5em;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1em;
    font-size: var(--_t-pequeno);
  }
  .leyenda-titulo {
    font-weight: 700;
    margin: 0.75em 0 0;
    font-size: var(--_t-pequeno);
  }
  .leyenda li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .muestra {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    flex: none;
    border: 1px solid var(--_mapa-linea);
    background: var(--_mapa-vacio);
  }
  svg.muestra {
    background: none;
  }
  .filtro {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0.5em 0;
  }
  .filtro:empty {
    display: none;
  }
  .acciones {
    margin: 0.75em 0;
  }
  .desplazable {
    overflow: auto;
    max-height: 28em;
  }
  ul.avisos {
    color: var(--_texto-suave);
    font-size: var(--_t-pequeno);
    padding-inline-start: 1.25em;
  }
  .fuera {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .municipio {
      stroke: CanvasText;
    }
    .anillo-foco {
      stroke: Highlight;
    }
  }
`;
