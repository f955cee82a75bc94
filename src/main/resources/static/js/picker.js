// The filter form's company and investor pickers: a search box that suggests names as the reader
// types (from /api/v1/suggest/*), with the ARIA combobox pattern (arrow keys move, Enter picks,
// Escape closes), and the chosen ones as removable tokens that hold the slugs the form submits.
(function () {
  'use strict';

  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var LIMIT = 8;
  var DELAY_MS = 150;
  var chinese = (document.documentElement.lang || '').indexOf('zh') === 0;

  function names(s) {
    var first = chinese && s.nameZh ? s.nameZh : s.name;
    var second = chinese ? (s.nameZh ? s.name : null) : s.nameZh;
    return { first: first, second: second };
  }

  function setUp(picker) {
    var name = picker.dataset.name;
    var multiple = picker.dataset.multiple === 'true';
    var input = picker.querySelector('[role="combobox"]');
    var list = picker.querySelector('[role="listbox"]');
    var tokens = picker.querySelector('.picker-tokens');
    var found = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    // The box only searches: the tokens' hidden inputs hold what the form submits.
    input.removeAttribute('name');

    function close() {
      list.hidden = true;
      list.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      found = [];
      active = -1;
    }

    function option(id, text, note) {
      var li = document.createElement('li');
      li.id = id;
      li.className = 'list-group-item list-group-item-action picker-option';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = text;
      if (note) {
        var small = document.createElement('small');
        small.className = 'text-body-secondary ms-2';
        small.textContent = note;
        li.appendChild(small);
      }
      return li;
    }

    function show(suggestions) {
      list.replaceChildren();
      found = suggestions;
      active = -1;
      suggestions.forEach(function (s, i) {
        var label = names(s);
        var li = option(list.id + '-' + i, label.first, label.second);
        li.dataset.slug = s.slug;
        // mousedown, not click: the box keeps the focus, so its blur does not close the list first.
        li.addEventListener('mousedown', function (event) { event.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      if (!suggestions.length) {
        var none = option(list.id + '-none', picker.dataset.none, null);
        none.setAttribute('aria-disabled', 'true');
        list.appendChild(none);
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function highlight(i) {
      if (!found.length) { return; }
      active = (i + found.length) % found.length;
      Array.from(list.children).forEach(function (li, j) {
        li.setAttribute('aria-selected', j === active ? 'true' : 'false');
        li.classList.toggle('active', j === active);
      });
      input.setAttribute('aria-activedescendant', list.children[active].id);
      list.children[active].scrollIntoView({ block: 'nearest' });
    }

    function add(slug, label) {
      if (!multiple) { tokens.replaceChildren(); }
      if (Array.from(tokens.children).some(function (li) { return li.dataset.slug === slug; })) { return; }
      var li = document.createElement('li');
      li.className = 'badge text-bg-secondary picker-token';
      li.dataset.slug = slug;
      var text = document.createElement('span');
      text.textContent = label;
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = slug;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn-close btn-close-white ms-1';
      remove.setAttribute('data-picker-remove', '');
      remove.setAttribute('aria-label', picker.dataset.removeLabel.replace('{0}', label));
      li.append(text, ' ', hidden, remove);
      tokens.appendChild(li);
    }

    function pick(i) {
      var s = found[i];
      add(s.slug, names(s).first);
      input.value = '';
      close();
    }

    function search() {
      var request = ++latest;
      var params = new URLSearchParams({ limit: String(LIMIT), lang: document.documentElement.lang });
      var typed = input.value.trim();
      if (typed) { params.set('q', typed); }
      fetch(picker.dataset.suggest + '?' + params, { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { data: [] }; })
        .then(function (body) {
          // Only the answer to the latest request, and only while the reader is still here.
          if (request === latest && document.activeElement === input) { show(body.data); }
        })
        .catch(close);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      if (!input.value.trim()) { close(); return; }
      timer = setTimeout(search, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) { search(); } else { highlight(active + (event.key === 'ArrowDown' ? 1 : -1)); }
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });

    input.addEventListener('blur', close);

    tokens.addEventListener('click', function (event) {
      var button = event.target.closest('[data-picker-remove]');
      if (button) {
        button.closest('li').remove();
        input.focus();
      }
    });

    // A slug typed in full and not picked is still sent.
    input.form.addEventListener('submit', function () {
      var typed = input.value.trim();
      if (SLUG.test(typed)) { add(typed, typed); }
    });
  }

  document.querySelectorAll('[data-picker]').forEach(setUp);
})();
