// Follows a link the way a click on a boosted link would: htmx fetches it, swaps the page region
// named by the link's surroundings (#page on the dashboard, #deck in a presentation) and pushes
// the URL. Used for SVG links (htmx boosts only HTML anchors), chart clicks, keys and timers.
export function follow(href) {
    const region = document.getElementById("deck") ?? document.getElementById("page");
    if (!href) return;
    if (!region || !window.htmx) { location.href = href; return; }
    const a = document.createElement("a");
    a.href = href;
    a.hidden = true;
    region.appendChild(a);
    window.htmx.process(a);
    // Not removed here: htmx reads the link's inherited hx-swap when the response arrives, and
    // the swap replaces the region, link and all.
    a.click();
}
