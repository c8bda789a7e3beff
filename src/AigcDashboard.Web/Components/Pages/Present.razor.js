// The deck's keys: arrows, Page Up/Down (what a clicker sends), Space, Home and End move between
// slides, Esc leaves for the dashboard (the server navigates: every slide is an address). F
// toggles full screen here, because only a key press may ask for it. A focused timeline keeps its
// own arrow keys, and form fields theirs.
const keys = { ArrowRight: "next", PageDown: "next", " ": "next", ArrowLeft: "prev", PageUp: "prev", Home: "first", End: "last", Escape: "exit" };

export function attach(dotnet) {
    const onKey = (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
        const target = e.target instanceof Element ? e.target : null;
        if (target?.closest(".timeline-chart, input, select, textarea, .mud-dialog, .mud-popover-open")) return;
        if (e.key === "f" || e.key === "F") {
            e.preventDefault();
            if (document.fullscreenElement) document.exitFullscreen(); else document.documentElement.requestFullscreen?.();
            return;
        }
        const which = keys[e.key];
        if (!which) return;
        // Esc in full screen only leaves full screen (the browser does that itself).
        if (which === "exit" && document.fullscreenElement) return;
        e.preventDefault();
        dotnet.invokeMethodAsync("Key", which);
    };
    document.addEventListener("keydown", onKey);
    return { detach() { document.removeEventListener("keydown", onKey); } };
}
