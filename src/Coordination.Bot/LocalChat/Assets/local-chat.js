/*
 * The local chat page: renders the conversation's messages and keeps them live (server-sent events from
 * /local/events, else polling /local/messages), sends what is typed, presses the bot's buttons, fast-forwards.
 *
 * Stable hooks for browser tests (server-rendered unless noted):
 *   #person                      <select> of the person acting (changing it reloads the page as them)
 *   [data-channel="#platform"]   a channel link in the sidebar (also [data-conversation="#platform"])
 *   [data-dm="U-COORD"]          the direct message with the bot; [data-dm="U-BOB"] with Bob (and so on)
 *   a[aria-current="page"]       the conversation open
 *   #conversation-title          its title
 *   #messages                    the open conversation's top-level messages (script-rendered)
 *   .message[data-message-id]    one message; also data-author (U-ALICE, U-COORD…), data-thread (its thread's root,
 *                                if it is a reply), .ephemeral when only the reader sees it, .edited when the bot updated it
 *   .message .message-text       its text, mentions written @Name
 *   button[data-action]          a bot button: data-action (ack, done, snooze, decline, redirect, …), data-value (CR-1…),
 *                                data-message-id (the message it is under)
 *   button[data-react]           reacts to a message (shown on hover or focus): data-react (✅ or 👀), data-message-id;
 *                                .reaction[data-reaction] is an emoji already on it (its text "✅ 1", title who)
 *   button.open-thread           opens a message's thread: data-open-thread="<message id>", data-replies="<count>"
 *   a.message-file / img.message-image   a message's file (digest chart PNG, CSV export)
 *   #composer + #send            the message box and its button (Enter sends, Shift+Enter is a new line)
 *   #thread                      the thread panel ([hidden] when closed); #thread-messages, #thread-composer,
 *                                #thread-send, #thread-close (Escape closes it too); /?as=…&c=…&t=<message id> opens it
 *   #clock                       the bot's simulated time, on the acting person's clock (datetime="<ISO instant>")
 *   #ff-hour, #ff-morning, #ff-48h   fast-forward by one hour, to the acting person's next morning, by 48 hours
 *   #ff-note                     shown when fast-forward is off (a Slack or Teams workspace is connected)
 *   #status                      the last problem or confirmation, for screen readers too
 *   body[data-version]           the transcript version the page has caught up with (script-set)
 */
(function () {
  'use strict';

  var body = document.body;
  var me = body.getAttribute('data-person');
  var zone = body.getAttribute('data-zone');
  var bot = body.getAttribute('data-bot');
  var conversation = body.getAttribute('data-conversation');
  var openThread = null;
  var version = 0;
  var messages = new Map();
  var clock = null;
  var $ = function (selector) { return document.querySelector(selector); };
  var timeFormat = makeTimeFormat();

  function makeTimeFormat() {
    try {
      return new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
    }
  }

  function say(text) {
    $('#status').textContent = text;
  }

  function api(method, path, payload) {
    var options = { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (payload !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      // Writes carry this header, which only a script of this page's own origin can send.
      options.headers['X-Coordination-Request'] = '1';
      options.body = JSON.stringify(payload);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new Error(data.error || ('The bot answered ' + response.status + '.'));
        }
        return data;
      });
    });
  }

  // ---- rendering ---------------------------------------------------------------------------------------------

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // The bot writes Slack-style mrkdwn: *bold*, _italic_, `code`; mentions arrive as @Name.
  function formatText(text) {
    return escapeHtml(text)
      .replace(/`([^`\n]+)`/g, '<code>$1</code>')
      .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,:;!?]|$)/g, '$1<strong>$2</strong>')
      .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,:;!?]|$)/g, '$1<em>$2</em>')
      .replace(/(^|[^\w@])@([A-Za-z][\w-]*)/g, '$1<span class="mention">@$2</span>');
  }

  function repliesTo(id) {
    var count = 0;
    messages.forEach(function (m) { if (m.thread === id) { count++; } });
    return count;
  }

  function isTopLevel(m) {
    return !m.thread || !messages.has(m.thread);
  }

  function inConversation(m) {
    return m.conversation === conversation;
  }

  function byOrder(a, b) {
    return a.order - b.order;
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function renderMessage(m, inThread) {
    var article = element('article', 'message' + (m.author === bot ? ' bot' : '') + (m.ephemeral ? ' ephemeral' : '') + (m.edited ? ' edited' : ''));
    article.setAttribute('data-message-id', m.id);
    article.setAttribute('data-author', m.author);
    if (m.thread) { article.setAttribute('data-thread', m.thread); }
    article.setAttribute('aria-label', m.authorName + ', ' + timeFormat.format(new Date(m.at)));

    var head = element('header', 'message-head');
    head.appendChild(element('span', 'author', m.authorName));
    var time = element('time', 'at', timeFormat.format(new Date(m.at)));
    time.setAttribute('datetime', m.at);
    head.appendChild(time);
    if (m.ephemeral) { head.appendChild(element('span', 'badge', 'Only visible to you')); }
    if (m.edited) { head.appendChild(element('span', 'badge', 'updated')); }
    if (m.thread && !messages.has(m.thread)) { head.appendChild(element('span', 'badge', 'in an earlier thread')); }
    article.appendChild(head);

    var text = element('div', 'message-text');
    text.innerHTML = formatText(m.text);
    article.appendChild(text);

    if (m.file) { article.appendChild(renderFile(m.file)); }
    if (m.buttons.length > 0) { article.appendChild(renderButtons(m)); }
    if (!m.ephemeral) { article.appendChild(renderReactions(m)); }
    if (m.form && window.coordinationForms) { article.appendChild(window.coordinationForms.button(m)); }
    if (window.coordinationFollowUp && window.coordinationFollowUp.offers(m)) { article.appendChild(window.coordinationFollowUp.button(m)); }
    if (!inThread && isTopLevel(m) && !m.ephemeral && m.conversation.indexOf('dm:') !== 0) {
      article.appendChild(renderThreadButton(m));
    }
    return article;
  }

  function renderFile(file) {
    var link = element('a', 'message-file');
    link.href = file.url;
    if (file.isImage) {
      var img = element('img', 'message-image');
      img.src = file.url;
      img.alt = file.title;
      link.appendChild(img);
      link.setAttribute('aria-label', 'Open ' + file.title);
    } else {
      link.setAttribute('download', file.name);
      link.textContent = 'Download ' + file.title + ' (' + file.name + ', ' + file.size + ' bytes)';
    }
    return link;
  }

  function renderButtons(m) {
    var group = element('div', 'actions');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Buttons on ' + m.authorName + "'s message");
    m.buttons.forEach(function (b) {
      var button = element('button', 'action', b.label);
      button.type = 'button';
      button.setAttribute('data-action', b.action);
      button.setAttribute('data-value', b.value);
      button.setAttribute('data-message-id', m.id);
      group.appendChild(button);
    });
    return group;
  }

  // The reactions on a message, and (shown on hover or focus) the two the bot reads: a stakeholder's ✅ is Done, 👀 Acknowledge.
  function renderReactions(m) {
    var row = element('div', 'reactions');
    (m.reactions || []).forEach(function (r) {
      var chip = element('span', 'reaction', r.emoji + ' ' + r.by.length);
      chip.title = r.by.join(', ');
      chip.setAttribute('data-reaction', r.emoji);
      row.appendChild(chip);
    });
    var picker = element('span', 'react-picker');
    picker.setAttribute('role', 'group');
    picker.setAttribute('aria-label', 'React to ' + m.authorName + "'s message");
    ['✅', '👀'].forEach(function (emoji) {
      var button = element('button', 'react', emoji);
      button.type = 'button';
      button.setAttribute('data-react', emoji);
      button.setAttribute('data-message-id', m.id);
      button.setAttribute('aria-label', 'React with ' + emoji);
      picker.appendChild(button);
    });
    row.appendChild(picker);
    return row;
  }

  function react(button) {
    button.disabled = true;
    api('POST', '/local/react', { as: me, messageId: button.getAttribute('data-message-id'), emoji: button.getAttribute('data-react') })
      .then(function () { say(''); }, function (e) { say(e.message); }).then(function () { button.disabled = false; });
  }

  function renderThreadButton(m) {
    var count = repliesTo(m.id);
    var button = element('button', 'open-thread', count === 0 ? 'Reply in thread' : count + (count === 1 ? ' reply' : ' replies'));
    button.type = 'button';
    button.setAttribute('data-open-thread', m.id);
    button.setAttribute('data-replies', String(count));
    button.setAttribute('aria-label', (count === 0 ? 'Reply in the thread of ' : 'Open the thread (' + count + ') of ') + m.authorName + "'s message");
    return button;
  }

  // Replaces only what changed, so focus stays on a button the reader is using.
  function renderList(container, list, inThread) {
    var wanted = new Set(list.map(function (m) { return m.id; }));
    Array.prototype.slice.call(container.children).forEach(function (child) {
      if (!wanted.has(child.getAttribute('data-message-id'))) { child.remove(); }
    });
    var atBottom = container.scrollHeight - container.scrollTop - container.clientHeight < 40;
    var previous = null;
    list.forEach(function (m) {
      var key = m.version + ':' + repliesTo(m.id) + ':' + (m.thread && messages.has(m.thread));
      var existing = container.querySelector('[data-message-id="' + cssEscape(m.id) + '"]');
      var el = existing;
      if (!existing || existing.getAttribute('data-key') !== key) {
        el = renderMessage(m, inThread);
        el.setAttribute('data-key', key);
        if (existing) { replaceKeepingFocus(existing, el); }
      }
      var next = previous ? previous.nextSibling : container.firstChild;
      if (next !== el) { container.insertBefore(el, next); }
      previous = el;
    });
    if (list.length === 0) {
      container.innerHTML = '';
      container.appendChild(element('p', 'empty', inThread ? 'No replies yet.' : 'Nothing here yet. Try /coord help.'));
    } else {
      var empty = container.querySelector('.empty');
      if (empty) { empty.remove(); }
    }
    if (atBottom) { container.scrollTop = container.scrollHeight; }
  }

  function replaceKeepingFocus(old, fresh) {
    var focused = document.activeElement;
    var selector = null;
    if (focused && old.contains(focused)) {
      selector = focused.hasAttribute('data-action')
        ? 'button[data-action="' + cssEscape(focused.getAttribute('data-action')) + '"][data-value="' + cssEscape(focused.getAttribute('data-value')) + '"]'
        : focused.classList.contains('open-thread') ? 'button.open-thread' : null;
    }
    old.replaceWith(fresh);
    if (focused && old.contains(focused)) {
      var target = (selector && fresh.querySelector(selector)) || fresh;
      if (target === fresh) { fresh.tabIndex = -1; }
      target.focus();
    }
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
  }

  function render() {
    var all = Array.from(messages.values());
    renderList($('#messages'), all.filter(function (m) { return inConversation(m) && isTopLevel(m); }).sort(byOrder), false);
    if (openThread) {
      renderList($('#thread-messages'), all.filter(function (m) { return m.id === openThread || m.thread === openThread; }).sort(byOrder), true);
    }
    markUnread(all);
  }

  var seen = new Map();
  var loaded = false;

  // What was there when the page opened counts as read; what arrives later elsewhere is counted on its link.
  function markUnread(all) {
    var counts = new Map();
    all.forEach(function (m) {
      if (m.conversation === conversation || !loaded) { seen.set(m.id, true); return; }
      if (!seen.has(m.id)) { counts.set(m.conversation, (counts.get(m.conversation) || 0) + 1); }
    });
    document.querySelectorAll('#sidebar a[data-conversation]').forEach(function (link) {
      var count = counts.get(link.getAttribute('data-conversation')) || 0;
      var badge = link.querySelector('.unread');
      if (count === 0) {
        if (badge) { badge.remove(); }
        link.removeAttribute('data-unread');
        return;
      }
      if (!badge) { badge = element('span', 'unread'); link.appendChild(badge); }
      badge.textContent = String(count);
      badge.setAttribute('aria-label', count + ' new');
      link.setAttribute('data-unread', String(count));
    });
  }

  function addChannelLink(name) {
    if (name.indexOf('#') !== 0 || document.querySelector('#channels [data-channel="' + cssEscape(name) + '"]')) { return; }
    var link = element('a', null, name);
    link.href = '/?as=' + encodeURIComponent(me) + '&c=' + encodeURIComponent(name);
    link.setAttribute('data-channel', name);
    link.setAttribute('data-conversation', name);
    var item = element('li');
    item.appendChild(link);
    $('#channels').appendChild(item);
  }

  function renderClock(now) {
    clock = now;
    var el = $('#clock');
    el.textContent = now.local + (now.aheadHours > 0 ? ' (' + now.aheadHours + ' h ahead)' : '');
    el.setAttribute('datetime', now.now);
    ['#ff-hour', '#ff-morning', '#ff-48h'].forEach(function (id) { $(id).disabled = !now.canFastForward; });
    $('#ff-note').hidden = now.canFastForward;
  }

  function apply(update) {
    update.messages.forEach(function (m) {
      var known = messages.get(m.id);
      if (!known || known.version <= m.version) { messages.set(m.id, m); }
      addChannelLink(m.conversation);
    });
    version = Math.max(version, update.version);
    body.setAttribute('data-version', String(version));
    if (update.clock) { renderClock(update.clock); }
    render();
    loaded = true;
    var wanted = new URLSearchParams(location.search).get('t');
    if (wanted && !openThread && !threadShown && messages.has(wanted)) {
      threadShown = true;
      showThread(wanted, wanted);
    }
  }

  var threadShown = false;

  // ---- live updates ------------------------------------------------------------------------------------------

  var polling = null;

  function poll() {
    api('GET', '/local/messages?as=' + encodeURIComponent(me) + '&since=' + version).then(apply, function (e) { say(e.message); });
  }

  function startPolling() {
    if (polling === null) {
      poll();
      polling = setInterval(poll, 2000);
    }
  }

  function listen() {
    if (!window.EventSource) {
      startPolling();
      return;
    }
    var failures = 0;
    var source = new EventSource('/local/events?as=' + encodeURIComponent(me) + '&since=' + version);
    source.addEventListener('update', function (event) {
      failures = 0;
      apply(JSON.parse(event.data));
    });
    source.onerror = function () {
      failures++;
      if (failures >= 3 || source.readyState === EventSource.CLOSED) {
        source.close();
        startPolling();
      }
    };
  }

  // ---- actions -----------------------------------------------------------------------------------------------

  function target() {
    var link = document.querySelector('#sidebar a[data-conversation="' + cssEscape(conversation) + '"]');
    var dm = link && link.getAttribute('data-dm');
    return dm ? { dm: dm } : { channel: conversation };
  }

  function send(textarea, thread) {
    var text = textarea.value.trim();
    if (!text) { return; }
    var payload = target();
    payload.as = me;
    payload.text = text;
    if (thread) { payload.thread = thread; }
    textarea.disabled = true;
    api('POST', '/local/messages', payload).then(function (result) {
      textarea.value = '';
      say(result.reply && !result.reply.succeeded ? 'The bot could not do that: see its answer.' : '');
      apply({ version: version, clock: clock, messages: [result.message] });
    }, function (e) { say(e.message); }).then(function () {
      textarea.disabled = false;
      textarea.focus();
    });
  }

  function press(button) {
    button.disabled = true;
    api('POST', '/local/press', {
      as: me,
      messageId: button.getAttribute('data-message-id'),
      action: button.getAttribute('data-action'),
      value: button.getAttribute('data-value'),
    }).then(function () { say(''); }, function (e) { say(e.message); }).then(function () { button.disabled = false; });
  }

  function fastForward(button) {
    var buttons = ['#ff-hour', '#ff-morning', '#ff-48h'].map($);
    buttons.forEach(function (b) { b.disabled = true; });
    say('Moving the clock…');
    api('POST', '/local/fast-forward', { by: button.getAttribute('data-by'), as: me }).then(function (now) {
      renderClock(now);
      say('The clock is now ' + now.local + '.');
    }, function (e) {
      buttons.forEach(function (b) { b.disabled = false; });
      say(e.message);
    });
  }

  function showThread(id, opener) {
    openThread = id;
    var panel = $('#thread');
    panel.hidden = false;
    panel.opener = opener || null;
    $('#layout').classList.add('with-thread');
    $('#thread-messages').innerHTML = '';
    render();
    $('#thread-composer').focus();
  }

  function closeThread() {
    var panel = $('#thread');
    if (panel.hidden) { return; }
    panel.hidden = true;
    openThread = null;
    $('#layout').classList.remove('with-thread');
    var opener = panel.opener && document.querySelector('button.open-thread[data-open-thread="' + cssEscape(panel.opener) + '"]');
    (opener || $('#composer')).focus();
  }

  function openConversation(link, push) {
    conversation = link.getAttribute('data-conversation');
    document.querySelectorAll('#sidebar a[aria-current]').forEach(function (a) { a.removeAttribute('aria-current'); });
    link.setAttribute('aria-current', 'page');
    var title = link.getAttribute('data-dm') ? link.firstChild.textContent.replace(/ \(bot\)$/, '') : conversation;
    $('#conversation-title').textContent = title;
    document.querySelector('label[for="composer"]').textContent = 'Message ' + title;
    body.setAttribute('data-conversation', conversation);
    document.title = title + ' · Coordination (local chat)';
    if (push) { history.pushState({ conversation: conversation }, '', link.href); }
    closeThread();
    $('#messages').innerHTML = '';
    render();
  }

  function enterSends(textarea, form) {
    textarea.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
      }
    });
  }

  function wire() {
    var composerForm = $('#composer-form');
    var threadForm = $('#thread-composer-form');
    composerForm.addEventListener('submit', function (event) { event.preventDefault(); send($('#composer'), null); });
    threadForm.addEventListener('submit', function (event) { event.preventDefault(); send($('#thread-composer'), openThread); });
    enterSends($('#composer'), composerForm);
    enterSends($('#thread-composer'), threadForm);

    $('#person').addEventListener('change', function (event) {
      var next = event.target.value;
      var c = conversation === 'dm:' + me ? 'dm:' + next : conversation;
      location.href = '/?as=' + encodeURIComponent(next) + '&c=' + encodeURIComponent(c);
    });

    document.addEventListener('click', function (event) {
      var el = event.target.closest('button[data-action], button[data-react], button.open-thread, button[data-by], #thread-close, #sidebar a[data-conversation]');
      if (!el) { return; }
      if (el.matches('a')) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
        event.preventDefault();
        openConversation(el, true);
      } else if (el.hasAttribute('data-action')) {
        press(el);
      } else if (el.hasAttribute('data-react')) {
        react(el);
      } else if (el.classList.contains('open-thread')) {
        showThread(el.getAttribute('data-open-thread'), el.getAttribute('data-open-thread'));
      } else if (el.hasAttribute('data-by')) {
        fastForward(el);
      } else {
        closeThread();
      }
    });

    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { closeThread(); }
    });

    window.addEventListener('popstate', function () {
      var c = new URLSearchParams(location.search).get('c');
      var link = c && document.querySelector('#sidebar a[data-conversation="' + cssEscape(c) + '"]');
      if (link) { openConversation(link, false); }
    });
  }

  wire();
  listen();
})();
