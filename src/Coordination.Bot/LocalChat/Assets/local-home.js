/*
 * The local chat's Home panel: what waits on the person acting, what they wait on, the next steps they own, their
 * figures of the last 7 days and their settings, from GET /local/home; every control posts to POST /local/home and
 * the panel shows the Home the answer carries. Every text is written as text, never as markup.
 *
 * Stable hooks for browser tests:
 *   #home-link                   the "Home" entry in the sidebar (aria-current="page" while the panel is open)
 *   #home-panel                  the panel ([hidden] when closed); #home-waiting, #home-asked, #home-steps,
 *                                #home-figures, #home-settings its sections
 *   #home-panel button[data-action]   a request's button (data-value CR-1…) or a setting's (home-summary, home-back)
 *   #home-days input[data-day]   the working-day checkboxes; #home-zone the zone; #home-away the date away until
 */
(function () {
  'use strict';

  var me = document.body.getAttribute('data-person');
  var $ = function (selector) { return document.querySelector(selector); };
  var timer = null;

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function api(method, payload) {
    var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    var path = '/local/home';
    if (payload) {
      options.headers['Content-Type'] = 'application/json';
      options.headers['X-Coordination-Request'] = '1';
      payload.as = me;
      options.body = JSON.stringify(payload);
    } else {
      path += '?as=' + encodeURIComponent(me);
    }
    return fetch(path, options).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.error || ('The bot answered ' + response.status + '.')); }
        return data;
      });
    });
  }

  function press(action, value) {
    return api('POST', { action: action, value: value }).then(function (data) {
      if (data.reply && data.reply.text) { $('#status').textContent = data.reply.text; }
      render(data.home);
    }).catch(function (e) { $('#status').textContent = e.message; });
  }

  function button(label, action, value) {
    var b = element('button', 'home-button', label);
    b.type = 'button';
    b.setAttribute('data-action', action);
    b.setAttribute('data-value', value);
    b.addEventListener('click', function () { press(action, value); });
    return b;
  }

  function section(id, title, items, more, none) {
    var box = $('#' + id);
    box.textContent = '';
    box.appendChild(element('h3', null, title));
    if (items.length === 0) { box.appendChild(element('p', 'home-none', none)); }
    items.forEach(function (item) {
      var row = element('div', 'home-item');
      var line = element('p');
      line.appendChild(element('strong', null, item.key + ' '));
      line.appendChild(document.createTextNode(item.title + ' · ' + item.note));
      row.appendChild(line);
      if (item.buttons.length > 0) {
        var buttons = element('div', 'buttons');
        item.buttons.forEach(function (b) { buttons.appendChild(button(b.label, b.action, b.value)); });
        row.appendChild(buttons);
      }
      box.appendChild(row);
    });
    if (more > 0) { box.appendChild(element('p', 'home-none', 'and ' + more + ' more')); }
  }

  function settings(s) {
    var box = $('#home-settings');
    box.textContent = '';
    box.appendChild(element('h3', null, 'Settings'));
    var days = element('fieldset', null);
    days.id = 'home-days';
    days.appendChild(element('legend', null, 'Working days'));
    s.days.forEach(function (d) {
      var label = element('label', null);
      var tick = element('input');
      tick.type = 'checkbox';
      tick.checked = d.works;
      tick.setAttribute('data-day', d.name);
      tick.addEventListener('change', function () {
        var on = Array.prototype.filter.call(days.querySelectorAll('input'), function (i) { return i.checked; });
        press('home-days', on.map(function (i) { return i.getAttribute('data-day'); }).join(','));
      });
      label.appendChild(tick);
      label.appendChild(document.createTextNode(' ' + d.label));
      days.appendChild(label);
    });
    box.appendChild(days);
    var zoneLabel = element('label', null, 'Time zone ');
    var zone = element('select');
    zone.id = 'home-zone';
    s.timeZones.forEach(function (z) {
      var option = element('option', null, z);
      option.value = z;
      option.selected = z === s.timeZone;
      zone.appendChild(option);
    });
    zone.addEventListener('change', function () { press('home-zone', zone.value); });
    zoneLabel.appendChild(zone);
    box.appendChild(element('p')).appendChild(zoneLabel);
    var awayLabel = element('label', null, s.awayUntil ? 'Away until ' : 'Away until (pick the day you are back) ');
    var away = element('input');
    away.type = 'date';
    away.id = 'home-away';
    away.value = s.awayUntil || '';
    away.addEventListener('change', function () { if (away.value) { press('home-away', away.value); } });
    awayLabel.appendChild(away);
    var awayLine = box.appendChild(element('p'));
    awayLine.appendChild(awayLabel);
    if (s.awayUntil) { awayLine.appendChild(button("I'm back", 'home-back', 'back')); }
    var summary = box.appendChild(element('p', null, 'Morning summary: ' + (s.morningSummary ? 'on ' : 'off ')));
    summary.appendChild(button(s.morningSummary ? 'Turn it off' : 'Turn it on', 'home-summary', s.morningSummary ? 'off' : 'on'));
    box.appendChild(element('p', 'home-none', 'Working hours: ' + s.workingWindow + ' (change them with hours mon-fri 08:00-16:00).'));
  }

  function render(home) {
    $('#home-title').textContent = home.viewer + "'s Home";
    section('home-waiting', 'Waiting on you', home.waitingOnYou, home.waitingOnYouMore, 'Nothing is waiting on you.');
    section('home-asked', 'You are waiting on', home.youAreWaitingOn, home.youAreWaitingOnMore, 'You are not waiting on anyone.');
    section('home-steps', 'Decisions with open next steps you own', home.nextSteps, home.nextStepsMore, 'No open next steps of yours.');
    var figures = $('#home-figures');
    figures.textContent = '';
    figures.appendChild(element('h3', null, 'Your last 7 days'));
    figures.appendChild(element('pre', 'home-figures', home.figures));
    settings(home.settings);
  }

  function load() {
    return api('GET').then(render).catch(function (e) { $('#status').textContent = e.message; });
  }

  function open(event) {
    if (event) { event.preventDefault(); }
    $('#main').hidden = true;
    $('#thread').hidden = true;
    $('#home-panel').hidden = false;
    document.querySelectorAll('#sidebar a[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    $('#home-link').setAttribute('aria-current', 'page');
    load();
    if (!timer) { timer = setInterval(function () { if (!$('#home-panel').hidden) { load(); } }, 5000); }
  }

  $('#home-link').addEventListener('click', open);
  document.querySelectorAll('#sidebar a[data-conversation]').forEach(function (a) {
    a.addEventListener('click', function () {
      $('#home-panel').hidden = true;
      $('#main').hidden = false;
      $('#home-link').removeAttribute('aria-current');
    });
  });
  if (new URLSearchParams(location.search).get('c') === 'home') { open(); }
}());
