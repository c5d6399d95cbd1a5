// The gateway's live page: draws the state the gateway streams on /api/events.
// Every value from a device goes into the page as text (textContent, attributes): never as markup.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) e.setAttribute(k, String(v));
    }
    for (const k of kids.flat()) {
      if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
    }
    return e;
  }

  function num(v, digits) {
    return typeof v === 'number' ? v.toFixed(digits) : '—';
  }

  function watts(v) {
    if (typeof v !== 'number') return '—';
    return Math.abs(v) >= 1000 ? (v / 1000).toFixed(2) + ' kW' : Math.round(v) + ' W';
  }

  function badge(word) {
    const w = String(word || 'unknown');
    return el('span', { class: 'badge ' + w.replace(/[^a-z]/g, '') }, w);
  }

  function pairs(list) {
    return el('dl', null, list.filter((p) => p).map(([k, v, field]) =>
      el('div', { 'data-field': field || null, class: 'pair' }, el('dt', null, k), el('dd', null, v))));
  }

  function at(place) {
    if (!place) return '';
    return ' (pack ' + place.pack + (place.cell ? ', cell ' + place.cell : ', sensor ' + place.sensor) + ')';
  }

  function flow(power, plus, minus) {
    if (typeof power !== 'number') return '—';
    if (power === 0) return '0 W';
    return watts(Math.abs(power)) + ' ' + (power > 0 ? plus : minus);
  }

  function inverter(u) {
    const v = u.values || {};
    return el('article', { class: 'card', 'data-device': u.id },
      el('h3', null, u.id, badge(u.availability)),
      el('p', { class: 'muted' }, [v.machine_state_text, u.parallel_mode, v.serial_number && 'SN ' + v.serial_number]
        .filter((x) => x).join(' · ')),
      pairs([
        ['PV', watts(v.pv_power_W) + (typeof v.pv_voltage_V === 'number' ? ' at ' + num(v.pv_voltage_V, 1) + ' V' : ''), 'pv'],
        ['Battery', flow(v.battery_power_W, 'charging', 'discharging') + ' · ' + num(v.battery_soc_pct, 0) + ' %', 'battery'],
        ['Grid', flow(v.grid_active_power_W, 'import', 'export') + ' · ' + num(v.grid_voltage_V, 1) + ' V', 'grid'],
        ['Load', watts(v.load_active_power_W) + ' · ' + num(v.load_ratio_pct, 0) + ' %', 'load'],
        ['Output', num(v.output_voltage_V, 1) + ' V', 'output']]),
      codes(u.codes || []),
      u.problem && el('p', { class: 'problem' }, u.problem));
  }

  function codes(list) {
    if (list.length === 0) return el('p', { class: 'muted', 'data-field': 'codes' }, 'No fault or alarm active');
    return el('ul', { class: 'codes', 'data-field': 'codes' }, list.map((c) =>
      el('li', { class: c.kind }, el('b', null, c.kind + ' ' + c.number), ' ', c.text || 'unknown code',
        c.troubleshooting && el('br'), c.troubleshooting && el('small', null, c.troubleshooting))));
  }

  function stackCard(s) {
    if (!s) return null;
    const v = s.values || {};
    const t = v.totals || {};
    const phases = Object.entries(v.phases || {}).map(([p, x]) =>
      [p, (x.units || []).length + ' unit(s) · PV ' + watts(x.pv_power_W) + ' · load ' + watts(x.load_active_power_W)]);
    return el('article', { class: 'card', 'data-device': 'inverter-stack' },
      el('h3', null, 'Inverter stack', badge(s.availability)),
      pairs([
        ['Units', (v.units_included ?? '—') + ' of ' + (v.units_total ?? '—') + ' · ' + String(v.mode || '').replace('_', '-')],
        ['PV', watts(t.pv_power_W), 'pv'],
        ['Battery', flow(t.battery_power_W, 'charging', 'discharging'), 'battery'],
        ['Grid', flow(t.grid_active_power_W, 'import', 'export'), 'grid'],
        ['Load', watts(t.load_active_power_W), 'load'],
        ...phases]),
      s.problem && el('p', { class: 'problem' }, s.problem));
  }

  function rackCard(r) {
    if (!r) return null;
    const v = r.values || {};
    const flags = ['protections', 'faults', 'alarms'].flatMap((k) => (v[k] || []).map((f) => [k, f]));
    return el('article', { class: 'card', 'data-device': 'battery-rack' },
      el('h3', null, 'Battery rack', badge(r.availability)),
      pairs([
        ['Packs', (v.packs_seen ?? '—') + ' of ' + (v.packs_expected ?? '—')],
        ['SOC', num(v.soc_pct, 1) + ' %', 'soc'],
        ['Battery', num(v.voltage_V, 2) + ' V · ' + num(v.current_A, 1) + ' A · ' + watts(v.power_W)],
        ['Energy', num(v.remaining_Ah, 1) + ' of ' + num(v.full_Ah, 1) + ' Ah'],
        ['Cells', (v.cell_min_mV ?? '—') + '…' + (v.cell_max_mV ?? '—') + ' mV, spread ' + (v.cell_spread_mV ?? '—') + ' mV'],
        ['Lowest', (v.cell_min_mV ?? '—') + ' mV' + at(v.cell_min_at)],
        ['Highest', (v.cell_max_mV ?? '—') + ' mV' + at(v.cell_max_at)],
        ['Temp.', num(v.temperature_min_C, 1) + '…' + num(v.temperature_max_C, 1) + ' °C' + at(v.temperature_max_at)]]),
      flagList(flags),
      r.problem && el('p', { class: 'problem' }, r.problem));
  }

  function flagList(flags) {
    if (flags.length === 0) return el('p', { class: 'muted' }, 'No protection, fault or alarm active');
    return el('ul', { class: 'flags' }, flags.map(([kind, f]) =>
      el('li', { class: kind }, f.label ? f.label + ': ' : '', f.description || '')));
  }

  function cellColor(mv, lo, span) {
    const t = Math.max(0, Math.min(1, (mv - lo) / span));
    return 'hsl(' + Math.round(220 - 220 * t) + ', 70%, 78%)';
  }

  function pack(p, lo, span) {
    const v = p.values || {};
    const cells = Array.isArray(v.cells_mV) ? v.cells_mV : [];
    const temps = Array.isArray(v.temperatures_C) ? v.temperatures_C : [];
    const f = p.flags || {};
    const flags = ['protections', 'faults', 'alarms'].flatMap((k) => (f[k] || []).map((x) => [k, x]));
    const min = Math.min(...cells);
    const max = Math.max(...cells);
    const grid = el('div', { class: 'cells', 'data-field': 'cells' }, cells.map((mv, i) => {
      const c = el('span', {
        class: 'cell' + (mv === min ? ' min' : '') + (mv === max ? ' max' : ''),
        'data-cell': i + 1, title: 'cell ' + (i + 1) + ': ' + mv + ' mV'
      }, mv);
      c.style.background = cellColor(mv, lo, span);
      return c;
    }));
    return el('article', { class: 'card', 'data-device': p.id },
      el('h3', null, p.id, badge(p.availability)),
      pairs([
        ['SOC', num(v.soc_pct, 1) + ' %', 'soc'],
        ['Battery', num(v.voltage_V, 2) + ' V · ' + num(v.current_A, 1) + ' A'],
        ['Cells', (v.cell_delta_mV ?? '—') + ' mV spread'],
        ['Temp.', temps.map((t) => num(t, 1)).join(' · ') + ' °C', 'temps'],
        ['State', (f.status || []).join(', ') || '—']]),
      grid,
      (f.balancing_cells || []).length > 0 && el('p', { class: 'muted' }, 'balancing cells ' + f.balancing_cells.join(', ')),
      flagList(flags),
      p.problem && el('p', { class: 'problem' }, p.problem));
  }

  function packs(list) {
    const all = list.flatMap((p) => (p.values && Array.isArray(p.values.cells_mV) ? p.values.cells_mV : []));
    const lo = all.length ? Math.min(...all) : 0;
    const hi = all.length ? Math.max(...all) : 0;
    const span = Math.max(hi - lo, 20);
    $('scale').textContent = all.length
      ? 'Cell colours from blue (' + lo + ' mV, lowest in the rack) to red (' + (lo + span) + ' mV); outlined: each pack\'s lowest and highest cell.'
      : '';
    $('packs').replaceChildren(...list.map((p) => pack(p, lo, span)));
  }

  function checks(c) {
    if (!c) {
      $('checks').replaceChildren(el('p', { class: 'muted' }, 'Nothing to check: no inverter or battery bus configured.'));
      return;
    }
    const order = { fail: 0, warn: 1, manual: 2, pass: 3 };
    const list = (c.checks || []).slice().sort((a, b) => (order[a.verdict] ?? 9) - (order[b.verdict] ?? 9));
    const open = list.filter((x) => x.verdict !== 'pass');
    const passed = list.filter((x) => x.verdict === 'pass');
    const counts = c.counts || {};
    $('checks').replaceChildren(
      el('p', { 'data-field': 'verdict' }, badge(c.verdict), ' ',
        (counts.fail || 0) + ' fail · ' + (counts.warn || 0) + ' warn · ' + (counts.manual || 0) + ' check by hand · ' +
        (counts.pass || 0) + ' pass — the same checks as solar-gateway commission, on the live values'),
      ...open.map((x) => el('div', { class: 'check ' + x.verdict, 'data-check': x.id, 'data-device': x.device },
        el('p', null, badge(x.verdict === 'manual' ? 'check by hand' : x.verdict), ' ', el('b', null, x.device), ' — ', x.title),
        el('ul', null, (x.evidence || []).map((e) => el('li', null, e))),
        x.fix && el('p', null, el('small', null, 'Fix: ' + x.fix)))),
      passed.length > 0 && el('ul', { class: 'passed' }, passed.map((x) =>
        el('li', { 'data-check': x.id, 'data-device': x.device }, badge('pass'), ' ', x.device + ' — ' + x.title,
          ' ', el('small', null, (x.evidence || []).join('; '))))));
  }

  function bus(b) {
    const c = b.cycle || {};
    return el('article', { class: 'card', 'data-bus': b.bus },
      el('h3', null, b.bus, badge(b.status)),
      pairs([
        ['Link', b.link_up ? 'up' : 'down'],
        ['Cycle', typeof c.duration_s === 'number' ? num(c.duration_s, 2) + ' s, ' + c.transactions + ' transactions' : '—', 'cycle'],
        ['Transactions', b.transactions, 'transactions'],
        ['Timeouts', b.timeouts + (c.timeouts ? ' (' + c.timeouts + ' last cycle)' : ''), 'timeouts'],
        ['CRC errors', b.crc_errors + (c.crc_errors ? ' (' + c.crc_errors + ' last cycle)' : ''), 'crc'],
        ['Last answer', typeof b.last_success_age_s === 'number' ? num(b.last_success_age_s, 1) + ' s ago' : 'never', 'last']]));
  }

  let events = 0;

  function render(s) {
    $('aggregates').replaceChildren(...[stackCard(s.stack), rackCard(s.rack)].filter((x) => x));
    $('inverters').replaceChildren(...(s.inverters || []).map(inverter));
    packs(s.packs || []);
    checks(s.commissioning);
    $('buses').replaceChildren(...(s.buses || []).map(bus));
    events += 1;
    document.body.dataset.events = String(events);
  }

  function setConn(kind, text) {
    const c = $('conn');
    c.className = 'conn ' + kind;
    c.textContent = text;
    document.body.classList.toggle('stale', kind === 'bad');
  }

  let source = null;
  let lastEvent = 0;
  let lastSign = 0; // the last event or connection attempt
  let retryMs = 1000;
  let retryTimer = 0;

  function since() {
    return lastEvent ? 'showing values from ' + new Date(lastEvent).toLocaleTimeString() : 'no values yet';
  }

  function connect() {
    clearTimeout(retryTimer);
    lastSign = Date.now();
    if (source) source.close();
    source = new EventSource('/api/events');
    source.addEventListener('state', (ev) => {
      let state;
      try {
        state = JSON.parse(ev.data);
      } catch (e) {
        setConn('bad', 'unreadable data from the gateway');
        return;
      }
      lastEvent = Date.now();
      lastSign = lastEvent;
      retryMs = 1000;
      render(state);
      setConn('ok', 'live · ' + new Date(state.generated_at).toLocaleTimeString());
    });
    source.addEventListener('error', () => {
      setConn('bad', 'connection lost, ' + since() + ', reconnecting…');
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (the gateway refused or answered oddly): try again, slower each time.
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 30000);
      }
    });
  }

  // The gateway sends at least every 5 s: a quiet stream is a dead one (sleeping laptop, proxy).
  setInterval(() => {
    if (Date.now() - lastSign > 15000) {
      setConn('bad', 'no data for 15 s, ' + since() + ', reconnecting…');
      connect();
    }
  }, 5000);

  connect();
})();
