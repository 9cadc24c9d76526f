// The benchmark's comparison page: the same events, drawn by vis-timeline with one group per
// theme (an event in each of its themes, as on our timeline), days as points, spans as ranges.
(function () {
  const data = window.BIEN_NIEN_DATA;
  const end = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return d ? new Date(Date.UTC(y, m - 1, d + 1)) : m ? new Date(Date.UTC(y, m, 1)) : new Date(Date.UTC(y + 1, 0, 1));
  };
  const start = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  };
  const items = [];
  for (const e of data.events) {
    for (const theme of e.themes) {
      const point = e.precision === 'day' && !e.end;
      items.push({ id: `${theme}:${e.id}`, group: theme, content: e.title, start: start(e.start), end: point ? undefined : end(e.end || e.start), type: point ? 'point' : 'range' });
    }
  }
  const groups = data.themes.map((t) => ({ id: t.id, content: t.label.vi }));
  let drawn = false;
  const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), new vis.DataSet(groups), { stack: true, cluster: { maxItems: 3 } });
  timeline.on('changed', () => {
    if (!drawn) {
      drawn = true;
      performance.mark('bien-nien:timeline-drawn');
    }
  });
  window.benchTimeline = {
    get window() {
      const w = timeline.getWindow();
      return [w.start.getTime(), w.end.getTime()];
    },
    showWindow([from, to]) {
      timeline.setWindow(new Date(from), new Date(to), { animation: false });
    },
  };
})();
