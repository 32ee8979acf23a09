// The embed opening a framework's share link (`embed.html#/fw/…`) needs its framework worker
// (embed/src/bin/embed_frameworks.rs): started here, before the page's own wasm is fetched, both
// modules download at once. embed/src/frameworks.rs takes this worker over; the `ready` it may
// post before then, or its failure to load, is kept on it.
(function () {
  if (!/^#\/fw\//.test(location.hash) || typeof Worker !== 'function') return;
  var w = new Worker(location.pathname.replace(/[^/]*$/, '') + 'embed_frameworks_loader.js');
  w.addEventListener('message', function (e) {
    if (e.data && e.data.ready) w.khungReady = true;
  });
  w.addEventListener('error', function () { w.khungFailed = true; });
  window.khungFrameworks = w;
})();
