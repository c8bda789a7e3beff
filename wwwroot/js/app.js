// Progressive enhancement on top of server-rendered pages: htmx swaps #main when a filter
// changes; this marks the region busy meanwhile (for screen readers) and restores focus
// to the control that triggered the change.
document.body.addEventListener("htmx:beforeRequest", () => {
    document.getElementById("main")?.setAttribute("aria-busy", "true");
});
document.body.addEventListener("htmx:afterSettle", () => {
    document.getElementById("main")?.removeAttribute("aria-busy");
});
