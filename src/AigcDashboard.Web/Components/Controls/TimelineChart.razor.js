// Timeline interactions on top of the server-rendered chart. Every action ends in following a
// link the server rendered (zoom band, prev/next, zoom in/out, a mark), so history, the URL and
// the no-JavaScript page stay the same. Bound once on the document: htmx swaps the chart freely.

import { follow } from "/js/navigate.js";

const chart = (el) => el instanceof Element ? el.closest("[data-timeline]") : null;

function clickControl(id) {
    const control = document.getElementById(id);
    if (control && !control.classList.contains("disabled")) follow(control.getAttribute("href"));
}

document.addEventListener("click", (e) => {
    const link = e.target instanceof Element ? e.target.closest("svg a[href]") : null;
    if (!link || !chart(link) || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    follow(link.getAttribute("href"));
});

const keys = { ArrowLeft: "tl-prev", ArrowRight: "tl-next", "+": "tl-zoom-in", "=": "tl-zoom-in", "-": "tl-zoom-out", "0": "tl-whole" };
document.addEventListener("keydown", (e) => {
    if (!chart(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const id = keys[e.key];
    if (!id) return;
    e.preventDefault();
    clickControl(id);
});

// Ctrl + wheel (also what a touchpad pinch sends) zooms: in, into the band under the pointer;
// out, one level. A plain wheel still scrolls the page. Throttled so one flick is one step.
let lastWheel = 0;
document.addEventListener("wheel", (e) => {
    const box = chart(e.target);
    if (!box || !e.ctrlKey || Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
    e.preventDefault();
    const now = Date.now();
    if (now - lastWheel < 600) return;
    lastWheel = now;
    if (e.deltaY > 0) { clickControl("tl-zoom-out"); return; }
    const svg = box.querySelector("svg");
    const point = new DOMPoint(e.clientX, e.clientY).matrixTransform(svg.getScreenCTM().inverse());
    const band = [...box.querySelectorAll(".zoom-band")].find((b) => point.x >= +b.dataset.x1 && point.x < +b.dataset.x2);
    if (band) follow(band.getAttribute("href")); else clickControl("tl-zoom-in");
}, { passive: false });

// A horizontal drag or swipe pans to the previous or next period.
let drag = null;
document.addEventListener("pointerdown", (e) => { if (chart(e.target)) drag = { x: e.clientX, y: e.clientY }; });
document.addEventListener("pointerup", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    drag = null;
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) clickControl(dx > 0 ? "tl-prev" : "tl-next");
});
