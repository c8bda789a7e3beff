// The timeline's gestures, which come back to the component as steps (it navigates, so every
// one of them ends in an address): arrow keys pan, + and - zoom, 0 shows everything; Ctrl +
// wheel (also what a touchpad pinch sends) and a two-finger pinch zoom, in under the pointer;
// a sideways drag or swipe pans one period per stretch, replacing the history entry as it
// goes, so that one drag is one step back. A plain wheel still scrolls the page.

const keys = { ArrowLeft: "Previous", ArrowRight: "Next", "+": "ZoomIn", "=": "ZoomIn", "-": "ZoomOut", "0": "Whole" };

export function attach(element, dotnet, geometry) {
    if (!element) return null; // the chart left the page while this module loaded
    const plotFraction = (clientX) => {
        const box = element.getBoundingClientRect();
        const x = (clientX - box.left) / box.width * geometry.width;
        return (x - geometry.gutter) / geometry.plotWidth;
    };
    const step = (name, replace = false) => dotnet.invokeMethodAsync("Step", name, replace);

    const onKey = (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const name = keys[e.key];
        if (!name) return;
        e.preventDefault();
        step(name);
    };

    let lastWheel = 0;
    const onWheel = (e) => {
        if (!e.ctrlKey || Math.abs(e.deltaY) < Math.abs(e.deltaX)) return;
        e.preventDefault();
        const now = Date.now();
        if (now - lastWheel < 500) return; // one flick, one step
        lastWheel = now;
        if (e.deltaY > 0) step("ZoomOut"); else dotnet.invokeMethodAsync("ZoomAt", plotFraction(e.clientX));
    };

    // Pointers: one that moves sideways pans; two that spread or close zoom.
    const pointers = new Map();
    let drag = null, pinch = null;
    const stretch = () => element.getBoundingClientRect().width * 0.25;
    const onDown = (e) => {
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (pointers.size === 1) drag = { x: e.clientX, y: e.clientY, steps: 0, stepped: false, moved: false };
        if (pointers.size === 2) {
            const [a, b] = [...pointers.values()];
            pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), done: false };
            drag = null;
        }
    };
    const onMove = (e) => {
        if (!pointers.has(e.pointerId)) return;
        pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
        if (pinch && pointers.size === 2 && !pinch.done) {
            const [a, b] = [...pointers.values()];
            const ratio = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, pinch.distance);
            if (ratio > 1.4) { pinch.done = true; dotnet.invokeMethodAsync("ZoomAt", plotFraction((a.x + b.x) / 2)); }
            else if (ratio < 0.7) { pinch.done = true; step("ZoomOut"); }
            return;
        }
        if (!drag) return;
        const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (!drag.moved && (Math.abs(dx) < 12 || Math.abs(dx) < 2 * Math.abs(dy))) return;
        drag.moved = true;
        const wanted = Math.trunc(-dx / stretch());
        while (drag.steps !== wanted) {
            const forward = wanted > drag.steps;
            step(forward ? "Next" : "Previous", drag.stepped);
            drag.stepped = true;
            drag.steps += forward ? 1 : -1;
        }
    };
    const onUp = (e) => {
        pointers.delete(e.pointerId);
        if (pointers.size < 2) pinch = null;
        if (pointers.size === 0) {
            // A drag that moved is not a click on the mark where it ended.
            if (drag?.moved) element.addEventListener("click", (c) => { c.preventDefault(); c.stopPropagation(); }, { capture: true, once: true });
            drag = null;
        }
    };

    element.addEventListener("keydown", onKey);
    element.addEventListener("wheel", onWheel, { passive: false });
    element.addEventListener("pointerdown", onDown);
    element.addEventListener("pointermove", onMove);
    element.addEventListener("pointerup", onUp);
    element.addEventListener("pointercancel", onUp);
    return {
        detach() {
            element.removeEventListener("keydown", onKey);
            element.removeEventListener("wheel", onWheel);
            element.removeEventListener("pointerdown", onDown);
            element.removeEventListener("pointermove", onMove);
            element.removeEventListener("pointerup", onUp);
            element.removeEventListener("pointercancel", onUp);
        },
    };
}
