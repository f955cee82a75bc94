// The filter form: date presets, clean URLs (empty fields are not sent: the server refuses an empty
// value with a 400 rather than guess that it means "any"), and selects that apply themselves.
(function () {
  'use strict';

  document.querySelectorAll('[data-preset-from]').forEach(function (button) {
    button.addEventListener('click', function () {
      var form = button.closest('form');
      form.elements.from.value = button.dataset.presetFrom;
      form.elements.to.value = button.dataset.presetTo;
      form.requestSubmit();
    });
  });

  document.querySelectorAll('form[method="get"]').forEach(function (form) {
    form.addEventListener('submit', function () {
      Array.from(form.elements).forEach(function (field) {
        if (field.name && (field.value === '' || field.value === undefined) && !field.disabled) {
          field.disabled = true;
        }
      });
    });
  });

  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.requestSubmit(); });
  });
})();
