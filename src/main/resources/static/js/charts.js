// Draws every <canvas data-chart="..."> with Chart.js. The server passes the data as JSON in
// the attribute (no inline script, so a strict Content-Security-Policy can be enabled).
(function () {
  'use strict';

  // Okabe-Ito palette: distinguishable for colour-blind readers and in greyscale print.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

  function moneyFormatter(lang) {
    var format = new Intl.NumberFormat(lang, {
      style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 2
    });
    return function (value) { return format.format(value); };
  }

  function drawBreakdown(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var money = moneyFormatter(document.documentElement.lang || 'en');
    var roundsLabel = canvas.dataset.roundsLabel;
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [{
          label: canvas.dataset.usdLabel,
          data: data.usd.map(Number),
          backgroundColor: data.labels.map(function (_, i) { return PALETTE[i % PALETTE.length]; })
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Drawn at once: numbers are read, not watched, and print and screenshots get final bars.
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var i = ctx.dataIndex;
                return money(ctx.parsed.y) + ' · ' + roundsLabel + ': ' + data.rounds[i];
              }
            }
          }
        },
        scales: { y: { beginAtZero: true, ticks: { callback: money } } }
      }
    });
  }

  document.querySelectorAll('canvas[data-chart]').forEach(drawBreakdown);
})();
