// The one-script embed: `<script type="module" src=".../tablero-pdd.js"></script>` registers every widget.
export * from './index.js';
