/* The search page (search.xhtml). Loaded from a file because the page's Content-Security-Policy allows no
   inline script of ours. Every refinement is a plain link to a new /search URL; this only adds what links
   cannot do by themselves. */

/* p:chart's extender: a click on a bar or slice opens the URL the server put beside it (config.lnLinks,
   per dataset, per item), so a chart click is a navigation like every other refinement. */
function lnSearchChart() {
  var config = this.cfg.config;
  var links = config.lnLinks || [];
  config.options = config.options || {};
  config.options.onClick = function (event, elements) {
    if (elements && elements.length) {
      var e = elements[0];
      var href = (links[e.datasetIndex] || [])[e.index];
      if (href) {
        lnSearchLoading();
        window.location.assign(href);
      }
    }
  };
  config.options.onHover = function (event, elements) {
    var target = event.native && event.native.target;
    if (target) {
      target.style.cursor = elements && elements.length ? 'pointer' : 'default';
    }
  };
}

/* The loading indicator while the next search loads; hidden again when the page comes back from the
   browser's cache (back button). */
function lnSearchLoading() {
  document.documentElement.classList.add('ln-search-busy');
}

document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a.ln-nav-search');
  if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
    lnSearchLoading();
  }
});
document.addEventListener('submit', function (e) {
  if (e.target.closest && e.target.closest('.ln-search-form, .ln-search-dates')) {
    lnSearchLoading();
  }
});
/* The diacritics switch applies at once: it submits the query form it belongs to. */
document.addEventListener('change', function (e) {
  if (e.target.classList && e.target.classList.contains('ln-autosubmit') && e.target.form) {
    lnSearchLoading();
    // the prototype's submit: a control named "submit" would hide the form's own method
    HTMLFormElement.prototype.submit.call(e.target.form);
  }
});
window.addEventListener('pageshow', function () {
  document.documentElement.classList.remove('ln-search-busy');
});
