/*
 * "Follow up on this" on the local chat page: every message a person wrote (not the bot's, not an answer only its
 * reader sees) has a button.follow-up[data-follow-up="<message id>"]. Pressing it asks /local/follow-up for the
 * new-request form; the bot answers the person alone in the message's thread, and the form opens as the page's form
 * dialog (#form-dialog) with the message's words as its title. Submitting it records the request in that thread.
 */
(function () {
  'use strict';

  var me = document.body.getAttribute('data-person');
  var bot = document.body.getAttribute('data-bot');

  function button(m) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'follow-up';
    b.textContent = 'Follow up on this';
    b.setAttribute('data-follow-up', m.id);
    b.setAttribute('data-thread', m.thread || (m.conversation.indexOf('dm:') === 0 ? '' : m.id));
    b.setAttribute('aria-label', 'Follow up on ' + m.authorName + "'s message: make it a coordination request");
    return b;
  }

  function offers(m) {
    return m.author !== bot && !m.ephemeral;
  }

  function say(text) {
    var status = document.getElementById('status');
    if (status) { status.textContent = text; }
  }

  // The form arrives as the bot's answer in the thread: show the thread, then open the form once it is rendered.
  function openWhenShown(messageId, thread, tries) {
    var open = document.querySelector('button[data-open-form="' + CSS.escape(messageId) + '"]');
    if (open) { open.click(); return; }
    var panel = document.getElementById('thread');
    var opener = thread && document.querySelector('#messages button.open-thread[data-open-thread="' + CSS.escape(thread) + '"]');
    if (opener && panel && panel.hidden) { opener.click(); }
    if (tries > 0) { setTimeout(function () { openWhenShown(messageId, thread, tries - 1); }, 100); }
  }

  function followUp(b) {
    b.disabled = true;
    fetch('/local/follow-up', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Coordination-Request': '1' },
      body: JSON.stringify({ as: me, messageId: b.getAttribute('data-follow-up') }),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { throw new Error(data.error || ('The bot answered ' + response.status + '.')); }
        return data;
      });
    }).then(function (result) {
      if (result.formMessage) {
        say('');
        openWhenShown(result.formMessage, b.getAttribute('data-thread'), 50);
      } else {
        say(result.reply ? result.reply.text : 'The bot could not do that.');
      }
    }, function (e) { say(e.message); }).then(function () { b.disabled = false; });
  }

  document.addEventListener('click', function (event) {
    var b = event.target.closest('button[data-follow-up]');
    if (b) { followUp(b); }
  });

  window.coordinationFollowUp = { button: button, offers: offers };
})();
