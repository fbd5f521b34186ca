/*
 * The local chat page's forms: a bot message that carries a form (the decision template, meeting notes, Not me,
 * Decline, Snooze…) shows a button (button[data-open-form="<message id>"]) that opens it as a <dialog id="form-dialog">
 * with one input per field (#form-field-<field id>; a date is a date input, a choice a select, several people a
 * multi-select, a conversation a select of the channels). Submitting posts the values to /local/forms as the person
 * acting; a field to fix shows its message under it (#form-error-<field id>), success closes the dialog.
 */
(function () {
  'use strict';

  var me = document.body.getAttribute('data-person');
  var forms = new Map();
  var channels = null;

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function post(path, payload) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Coordination-Request': '1' },
      body: JSON.stringify(payload),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) { throw new Error(data.error || ('The bot answered ' + response.status + '.')); }
        return data;
      });
    });
  }

  function loadChannels() {
    if (channels) { return Promise.resolve(channels); }
    return fetch('/local/state?as=' + encodeURIComponent(me), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (state) { channels = state.channels || []; return channels; });
  }

  function button(m) {
    forms.set(m.id, m.form);
    var open = element('button', 'action open-form', m.form.title + '…');
    open.type = 'button';
    open.setAttribute('data-open-form', m.id);
    return open;
  }

  function select(field, options, multiple) {
    var input = element('select');
    input.multiple = multiple;
    if (!multiple) {
      var none = element('option', null, field.required ? 'Choose…' : '(none)');
      none.value = '';
      input.appendChild(none);
    }
    var chosen = (field.value || '').split(/[\s,]+/);
    options.forEach(function (o) {
      var option = element('option', null, o.label);
      option.value = o.value;
      option.selected = chosen.indexOf(o.value) >= 0;
      input.appendChild(option);
    });
    return input;
  }

  function input(field) {
    var el;
    switch (field.kind) {
      case 'longtext': el = element('textarea'); el.rows = 4; break;
      case 'toggle': el = element('input'); el.type = 'checkbox'; el.checked = field.value === 'true'; break;
      case 'date': el = element('input'); el.type = 'date'; break;
      case 'person': case 'choice': el = select(field, field.options, false); break;
      case 'people': el = select(field, field.options, true); break;
      case 'conversation':
        el = select(field, field.options.length > 0 ? field.options : channels.map(function (c) { return { value: c, label: c }; }), false);
        break;
      default: el = element('input'); el.type = 'text';
    }
    if (field.value && field.kind !== 'toggle' && el.tagName !== 'SELECT') { el.value = field.value; }
    if (field.hint) { el.setAttribute('placeholder', field.hint); }
    el.id = 'form-field-' + field.id;
    el.name = field.id;
    el.setAttribute('aria-describedby', 'form-error-' + field.id);
    return el;
  }

  function valueOf(el) {
    if (el.type === 'checkbox') { return el.checked ? 'true' : ''; }
    if (el.multiple) { return Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; }).join(' '); }
    return el.value.trim();
  }

  function dialog() {
    var d = document.getElementById('form-dialog');
    if (!d) {
      d = element('dialog', 'form-dialog');
      d.id = 'form-dialog';
      document.body.appendChild(d);
    }
    d.innerHTML = '';
    return d;
  }

  function show(id) {
    var form = forms.get(id);
    loadChannels().then(function () {
      var d = dialog();
      var f = element('form');
      f.id = 'form-dialog-form';
      f.noValidate = true;
      f.appendChild(element('h2', null, form.title));
      form.fields.forEach(function (field) {
        var row = element('div', 'form-field');
        row.setAttribute('data-field', field.id);
        var label = element('label', null, field.label + (field.required ? ' (required)' : ''));
        label.htmlFor = 'form-field-' + field.id;
        row.appendChild(label);
        row.appendChild(input(field));
        var error = element('p', 'field-error');
        error.id = 'form-error-' + field.id;
        row.appendChild(error);
        f.appendChild(row);
      });
      var general = element('p', 'field-error');
      general.id = 'form-error';
      general.setAttribute('role', 'alert');
      f.appendChild(general);
      var actions = element('div', 'form-actions');
      var cancel = element('button', null, 'Cancel');
      cancel.type = 'button';
      cancel.addEventListener('click', function () { d.close(); });
      var submit = element('button', 'primary', form.submitLabel);
      submit.type = 'submit';
      submit.id = 'form-dialog-submit';
      actions.appendChild(cancel);
      actions.appendChild(submit);
      f.appendChild(actions);
      f.addEventListener('submit', function (event) { event.preventDefault(); send(id, form, f, d, submit); });
      d.appendChild(f);
      d.showModal();
    }, function (e) { document.getElementById('status').textContent = e.message; });
  }

  function send(id, form, f, d, submit) {
    var values = {};
    form.fields.forEach(function (field) {
      var v = valueOf(f.querySelector('#form-field-' + CSS.escape(field.id)));
      if (v) { values[field.id] = v; }
    });
    f.querySelectorAll('.field-error').forEach(function (p) { p.textContent = ''; });
    submit.disabled = true;
    post('/local/forms', { as: me, messageId: id, values: values }).then(function (result) {
      var at = result.field && f.querySelector('#form-error-' + CSS.escape(result.field));
      if (at) {
        at.textContent = result.reply.text;
        f.querySelector('#form-field-' + CSS.escape(result.field)).focus();
      } else if (result.reply && result.reply.succeeded) {
        d.close();
        document.getElementById('status').textContent = '';
      } else {
        f.querySelector('#form-error').textContent = result.reply ? result.reply.text : 'That did not work.';
      }
    }, function (e) { f.querySelector('#form-error').textContent = e.message; }).then(function () { submit.disabled = false; });
  }

  document.addEventListener('click', function (event) {
    var open = event.target.closest('button[data-open-form]');
    if (open) { show(open.getAttribute('data-open-form')); }
  });

  window.coordinationForms = { button: button };
})();
