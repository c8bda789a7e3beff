document.documentElement.classList.add("js");

// Progressive enhancement on top of server-rendered pages: htmx swaps #main when a filter
// changes; this marks the region busy meanwhile (for screen readers) and restores focus
// to the control that triggered the change.
document.body.addEventListener("htmx:beforeRequest", () => {
    document.getElementById("main")?.setAttribute("aria-busy", "true");
});
document.body.addEventListener("htmx:afterSettle", () => {
    document.getElementById("main")?.removeAttribute("aria-busy");
});

// After a swap that chose another event, move focus to the detail panel's heading so keyboard
// and screen-reader users land on what they chose (a zoom or a filter change leaves focus alone).
let chosen = new URLSearchParams(location.search).get("event");
document.body.addEventListener("htmx:afterSettle", () => {
    const now = new URLSearchParams(location.search).get("event");
    if (now && now !== chosen) document.querySelector("[data-autofocus] h3[tabindex]")?.focus({ preventScroll: true });
    chosen = now;
});

// "Copy link" copies the full address of the current view (the URL holds every filter).
document.addEventListener("click", async (e) => {
    const link = e.target instanceof Element ? e.target.closest("[data-copy-link]") : null;
    if (!link || !navigator.clipboard) return;
    e.preventDefault();
    await navigator.clipboard.writeText(location.href);
    const status = link.parentElement.querySelector("[data-copy-status]");
    if (status) status.textContent = link.dataset.copied;
    link.classList.add("copied");
    setTimeout(() => link.classList.remove("copied"), 1500);
});

// Component modules (colocated .razor.js files), loaded once; they bind on the document.
import("/Components/Controls/TimelineChart.razor.js");
import("/Components/Controls/ApexChart.razor.js");
import("/Components/Pages/Present.razor.js");

// Leave empty filter fields out of the URL (?stage=&category=… → nothing), so shared links stay short.
document.body.addEventListener("htmx:configRequest", (e) => {
    const params = e.detail.parameters;
    for (const key of [...(params.keys?.() ?? Object.keys(params))]) {
        const value = params.get ? params.getAll(key) : params[key];
        if ((Array.isArray(value) ? value : [value]).every((v) => v === "")) params.delete ? params.delete(key) : delete params[key];
    }
});
