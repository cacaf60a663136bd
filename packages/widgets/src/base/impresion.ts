/**
 * Whether the page is being printed. Print shows what a widget otherwise pages or folds (every meta of the
 * table, every level, every reconciliation note): paper cannot be clicked open. A Lit reactive controller, so
 * each widget that needs it adds one line and no listener of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ControladorImpresion implements ReactiveController {
  /** True between the window's beforeprint and afterprint. */
  activa = false;

  constructor(private readonly anfitrion: ReactiveControllerHost) {
    anfitrion.addController(this);
  }

  // The host's update is a microtask: it runs before the browser lays the page out for print.
  private antes = (): void => {
    this.activa = true;
    this.anfitrion.requestUpdate();
  };

  private despues = (): void => {
    this.activa = false;
    this.anfitrion.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.antes);
    window.addEventListener('afterprint', this.despues);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.antes);
    window.removeEventListener('afterprint', this.despues);
    this.activa = false;
  }
}
