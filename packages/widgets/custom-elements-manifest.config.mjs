// custom-elements.json for editors and the embedding guide: tags, attributes, events, CSS custom properties
// and parts, read from each widget's JSDoc. Internal reactive state (private/protected fields) is not an attribute.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'sin-estado-interno',
      packageLinkPhase({ customElementsManifest }) {
        for (const m of customElementsManifest.modules) {
          for (const d of m.declarations ?? []) {
            const ocultos = new Set(
              (d.members ?? []).filter((x) => x.privacy === 'private' || x.privacy === 'protected').map((x) => x.name),
            );
            if (d.attributes) d.attributes = d.attributes.filter((a) => !ocultos.has(a.fieldName ?? a.name));
            if (d.members) d.members = d.members.filter((x) => !ocultos.has(x.name) || x.kind === 'method');
          }
        }
      },
    },
  ],
};
