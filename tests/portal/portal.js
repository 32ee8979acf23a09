// Example portal page: embeds Khung read-only, sizes the iframe from the embed's height
// messages, switches views, loads a framework and asks for the SVG, all by postMessage.
// Khung acts only on messages from the origins this page declares in the iframe's URL.
(function () {
  const params = new URLSearchParams(location.search);
  const app = new URL(params.get('app') || 'http://127.0.0.1:8080/');
  const view = params.get('view') || 'ref/province';
  const src = new URL('embed.html', app);
  src.search = '?origins=' + encodeURIComponent(location.origin);
  src.hash = '#/' + view;

  const frame = document.createElement('iframe');
  frame.src = src.toString();
  frame.title = 'Khung kiến trúc số';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.height = '300';
  document.getElementById('frame-slot').appendChild(frame);

  // What the page received, for people and for the end-to-end test.
  window.khungPortal = { heights: [], svgs: [], errors: [] };
  const status = document.getElementById('status');
  let next = 1;
  const send = (msg) => frame.contentWindow.postMessage(msg, app.origin);

  window.addEventListener('message', (ev) => {
    if (ev.origin !== app.origin || ev.source !== frame.contentWindow) return;
    const msg = ev.data || {};
    if (msg.type === 'khung:height') {
      frame.height = String(msg.height);
      window.khungPortal.heights.push(msg.height);
    } else if (msg.type === 'khung:svg') {
      window.khungPortal.svgs.push(msg);
      status.textContent = 'Nhận SVG: ' + msg.svg.length + ' ký tự';
    } else if (msg.type === 'khung:error') {
      window.khungPortal.errors.push(msg);
      status.textContent = 'Lỗi: ' + msg.message;
    }
  });

  document.getElementById('to-national').onclick = () => send({ type: 'khung:view', view: 'national' });
  document.getElementById('to-province').onclick = () => send({ type: 'khung:view', view: 'ref/province' });
  document.getElementById('get-svg').onclick = () => send({ type: 'khung:getSvg', requestId: next++ });
  window.khungPortal.send = send;
})();
