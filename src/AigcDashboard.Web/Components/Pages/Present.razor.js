// Presentation controls: arrow keys, Page Up/Down (what a clicker sends), Space, Home/End move
// between slides; F toggles full screen; Esc leaves for the dashboard; data-auto advances by
// itself (looping, for unattended screens). Slides change through htmx, so full screen stays.
import { follow } from "/js/navigate.js";

const deck = () => document.querySelector("[data-deck]");
const keys = { ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "prev", PageUp: "prev", Home: "first", End: "last" };

function go(which) {
    const href = deck()?.dataset[which];
    if (href && href !== location.pathname + location.search) follow(href);
}

document.addEventListener("keydown", (e) => {
    if (!deck() || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    // The timeline on a slide pans with the arrows when it has focus; form fields keep their keys.
    if (target?.closest("[data-timeline], input, select, textarea")) return;
    if (e.key === "f" || e.key === "F") {
        e.preventDefault();
        if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen?.();
        return;
    }
    if (e.key === "Escape") {
        if (!document.fullscreenElement) location.href = deck().dataset.exit;
        return;
    }
    const which = keys[e.key];
    if (!which) return;
    e.preventDefault();
    go(which);
});

let timer = null;
function schedule() {
    clearTimeout(timer);
    const d = deck();
    const seconds = Number(d?.dataset.auto);
    if (!seconds) return;
    timer = setTimeout(() => go(d.dataset.next === location.pathname + location.search ? "first" : "next"), seconds * 1000);
}
document.body.addEventListener("htmx:afterSettle", schedule);
schedule();
