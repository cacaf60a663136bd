// Baseline for the bundle-size bench: the tree-shaken Chart.js bar chart (the smallest real Chart.js embed).
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, CategoryScale, LinearScale, BarElement, Tooltip, Legend);

const lienzo = document.createElement('canvas');
document.body.append(lienzo);
new Chart(lienzo, {
  type: 'bar',
  data: { labels: ['a', 'b'], datasets: [{ label: 'x', data: [1, 2] }] },
});
