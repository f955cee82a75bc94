// Draws every <canvas data-chart="..."> with Chart.js when it scrolls into view. The server passes the data as JSON in the
// attribute (no inline script, so a strict Content-Security-Policy can be enabled). Clicking a bar
// opens the rounds behind it; each chart can be downloaded as PNG or CSV, stamped with the filters.
(function () {
  'use strict';

  // Okabe-Ito palette: distinguishable for colour-blind readers and in greyscale print.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var charts = {};

  function moneyFormatter(lang, currency) {
    var format = new Intl.NumberFormat(lang, {
      style: 'currency', currency: currency, notation: 'compact', maximumFractionDigits: 2
    });
    return function (value) { return format.format(value); };
  }

  function countFormatter(lang) {
    var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    return function (value) { return format.format(value); };
  }

  function config(spec) {
    var money = moneyFormatter(spec.locale, spec.currency);
    var count = countFormatter(spec.locale);
    var horizontal = spec.kind === 'hbar' || spec.kind === 'stackedH';
    var stacked = spec.kind === 'stacked' || spec.kind === 'stackedH';
    // A second axis only when the chart mixes money and counts.
    var axes = spec.series.map(function (s) { return s.axis; });
    var dual = !stacked && axes.indexOf('amount') >= 0 && axes.indexOf('rounds') >= 0;
    var valueAxis = horizontal ? 'x' : 'y';
    var categoryAxis = horizontal ? 'y' : 'x';
    var datasets = spec.series.map(function (series, i) {
      var color = spec.series.length === 1 && spec.kind === 'bar'
        ? spec.labels.map(function (_, j) { return PALETTE[j % PALETTE.length]; })
        : PALETTE[i % PALETTE.length];
      var dataset = {
        label: series.label,
        data: series.data.map(Number),
        backgroundColor: color,
        borderColor: '#333333',
        borderWidth: series.axis === 'rounds' && dual ? 1 : 0
      };
      dataset[valueAxis + 'AxisID'] = dual && series.axis === 'rounds' ? valueAxis + '1' : valueAxis;
      return dataset;
    });
    var scales = {};
    scales[categoryAxis] = { stacked: stacked, ticks: { autoSkip: false } };
    scales[valueAxis] = {
      stacked: stacked, beginAtZero: true,
      ticks: { callback: spec.series[0] && spec.series[0].axis === 'rounds' ? count : money }
    };
    if (dual) {
      scales[valueAxis + '1'] = {
        beginAtZero: true, position: horizontal ? 'top' : 'right',
        grid: { drawOnChartArea: false }, ticks: { precision: 0, callback: count }
      };
    }
    return {
      type: 'bar',
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // Drawn at once: numbers are read, not watched, and print and screenshots get final bars.
        animation: false,
        plugins: {
          legend: { display: spec.series.length > 1 },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var series = spec.series[ctx.datasetIndex];
                var value = series.axis === 'amount' ? money(ctx.raw) : count(ctx.raw);
                return series.label + ': ' + value;
              },
              footer: function (items) {
                var i = items.length ? items[0].dataIndex : -1;
                return i >= 0 && spec.leftOut.length && spec.leftOut[i] > 0 ? '(' + spec.leftOut[i] + ' ∅)' : '';
              }
            }
          }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          if (elements.length) {
            var link = spec.series[elements[0].datasetIndex].links[elements[0].index];
            if (link) { window.location.assign(link); }
          }
        },
        scales: scales
      }
    };
  }

  function csvField(value) {
    var text = value === null || value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  // The chart's numbers as CSV: one row per label, a column per series (amounts in full units),
  // then the stamp, so the file says which filters, rule, currency and data date it holds.
  function csv(id) {
    var spec = charts[id].spec;
    var header = ['label', 'code'].concat(spec.series.map(function (s) {
      return s.label + (s.axis === 'amount' ? ' (' + spec.currency + ')' : '');
    }));
    if (spec.leftOut.length) { header.push('left out of sum'); }
    var lines = [header.map(csvField).join(',')];
    spec.labels.forEach(function (label, i) {
      var row = [label, spec.codes[i]].concat(spec.series.map(function (s) { return s.data[i]; }));
      if (spec.leftOut.length) { row.push(spec.leftOut[i]); }
      lines.push(row.map(csvField).join(','));
    });
    lines.push('');
    lines.push(csvField('# ' + spec.stamp));
    return lines.join('\r\n') + '\r\n';
  }

  // The chart as PNG on white, with the stamp written under it.
  function png(id) {
    var chart = draw(id);
    var source = chart.canvas;
    var ratio = window.devicePixelRatio || 1;
    var out = document.createElement('canvas');
    var ctx = out.getContext('2d');
    var font = Math.round(12 * ratio) + 'px sans-serif';
    ctx.font = font;
    var lines = wrap(ctx, charts[id].spec.stamp, source.width - 20 * ratio);
    out.width = source.width;
    out.height = source.height + (lines.length * 16 + 16) * ratio;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    ctx.fillStyle = '#333333';
    ctx.font = font;
    lines.forEach(function (line, i) {
      ctx.fillText(line, 10 * ratio, source.height + (16 + i * 16) * ratio);
    });
    return out.toDataURL('image/png');
  }

  function wrap(ctx, text, width) {
    var lines = [];
    var line = '';
    Array.from(text).forEach(function (ch) {
      if (ctx.measureText(line + ch).width > width && line) { lines.push(line); line = ''; }
      line += ch;
    });
    if (line) { lines.push(line); }
    return lines;
  }

  function download(href, filename) {
    var a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // A chart is drawn when it comes near the window, not at load: a page of seven charts
  // would otherwise spend its first second drawing what the reader has not scrolled to.
  function draw(id) {
    var entry = charts[id];
    if (!entry.chart) { entry.chart = new Chart(entry.canvas, config(entry.spec)); }
    return entry.chart;
  }

  function drawAll() { Object.keys(charts).forEach(draw); }

  var canvases = document.querySelectorAll('canvas[data-chart]');
  canvases.forEach(function (canvas) {
    charts[canvas.id] = { spec: JSON.parse(canvas.dataset.chart), canvas: canvas, chart: null };
  });
  if ('IntersectionObserver' in window) {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target.id);
        }
      });
    }, { rootMargin: '200px 0px' });
    canvases.forEach(function (canvas) { observer.observe(canvas); });
  } else {
    drawAll();
  }
  // Printing shows every chart, scrolled to or not.
  window.addEventListener('beforeprint', drawAll);

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-download-png],[data-download-csv]');
    if (!button) { return; }
    var id = button.dataset.downloadPng || button.dataset.downloadCsv;
    if (!charts[id]) { return; }
    if (button.dataset.downloadPng) {
      download(png(id), charts[id].spec.filename + '.png');
    } else {
      var blob = new Blob(['\ufeff' + csv(id)], { type: 'text/csv;charset=utf-8' });
      var url = URL.createObjectURL(blob);
      download(url, charts[id].spec.filename + '.csv');
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }
  });

  // For tests and for readers' own scripts: the drawn data and the exports.
  window.AtlasCharts = { csv: csv, png: png, spec: function (id) { return charts[id] && charts[id].spec; } };
})();
