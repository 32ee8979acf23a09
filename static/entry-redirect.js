// Links opened from outside land on the right page before the app's wasm is fetched:
// an old embed link (`/?embed&origins=…#/view`) opens the lean embed page, and a link to the
// editor (`/#/editor`) opens editor.html, the whole app; the query and fragment are kept.
(function () {
  var dir = location.pathname.replace(/[^/]*$/, '');
  if (/^\?(?:.*&)?embed(?:[=&]|$)/.test(location.search)) {
    location.replace(dir + 'embed.html' + location.search + location.hash);
  } else if (/^#\/editor(?:\/|$)/.test(location.hash)) {
    location.replace(dir + 'editor.html' + location.search + location.hash);
  }
})();
