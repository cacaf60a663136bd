// Finds the Chromium the browser tests run in; when none is found, says exactly what to install.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => existsSync(p)) ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(
      'No se encontró Chromium para las pruebas de navegador.\n' +
        '  Instálelo en Debian/Ubuntu con:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  o indique su ruta con la variable CHROME_PATH=/ruta/a/chromium\n' +
        '(No Chromium found for the browser tests: install Debian\'s "chromium" package or set CHROME_PATH.)',
    );
    process.exit(1);
  }
}
