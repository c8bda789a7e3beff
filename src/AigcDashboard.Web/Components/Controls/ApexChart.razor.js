// Draws every chart on the page with ApexCharts from its JSON options block, after the first
// load and after every htmx swap, and destroys the old ones before a swap. The options carry a
// "dashboard" member: the language (for axis labels), pre-formatted tooltips per point, and a
// link per point that a click follows (narrowing the page to that company or region).

import { follow } from "/js/navigate.js";

const charts = new Map();

function money(v, lang) {
    const a = Math.abs(v), t = (x) => String(Math.round(x * 100) / 100);
    if (lang === "zh") return a >= 1e8 ? t(v / 1e8) + "亿美元" : a >= 1e4 ? t(v / 1e4) + "万美元" : t(v) + "美元";
    return a >= 1e9 ? "$" + t(v / 1e9) + "B" : a >= 1e6 ? "$" + t(v / 1e6) + "M" : a >= 1e3 ? "$" + t(v / 1e3) + "K" : "$" + t(v);
}

function draw(el) {
    if (charts.has(el) || !window.ApexCharts) return;
    const options = JSON.parse(el.dataset.options);
    const d = options.dashboard || {};
    delete options.dashboard;
    const fmt = (v) => (v === null || v === undefined ? "" : money(v, d.lang));
    const axis = (o) => ({ ...(o || {}), labels: { ...((o || {}).labels || {}), formatter: fmt } });
    if (d.valueAxis === "y") options.yaxis = Array.isArray(options.yaxis) ? options.yaxis.map(axis) : axis(options.yaxis);
    if (d.valueAxis === "x" || d.valueAxis === "xy") options.xaxis = axis(options.xaxis);
    if (d.valueAxis === "xy") options.yaxis = axis(options.yaxis);
    options.tooltip = {
        ...(options.tooltip || {}),
        custom: d.tooltips ? ({ seriesIndex, dataPointIndex }) => {
            const text = d.tooltips[seriesIndex]?.[dataPointIndex];
            if (!text) return "";
            const box = document.createElement("div");
            box.className = "chart-tooltip";
            box.textContent = text;
            return box.outerHTML;
        } : undefined,
        y: { formatter: fmt },
    };
    if (d.dataLabels) options.dataLabels = { ...(options.dataLabels || {}), formatter: (v, o) => d.dataLabels[o.seriesIndex]?.[o.dataPointIndex] ?? "" };
    options.chart = {
        ...(options.chart || {}),
        injectStyleSheet: false, // apexcharts.css is linked: no inline <style> under a strict CSP
        events: {
            dataPointSelection: (event, ctx, config) => {
                // links: per point ([series][point]), or one per series
                const row = d.links?.[config.seriesIndex];
                const href = Array.isArray(row) ? row[config.dataPointIndex] : row;
                if (href) follow(href);
            },
        },
    };
    const root = document.documentElement;
    const dark = root.dataset.theme === "dark" || (!root.dataset.theme && matchMedia("(prefers-color-scheme: dark)").matches);
    options.theme = { mode: dark ? "dark" : "light" };
    options.chart.background = "transparent";
    options.chart.foreColor = getComputedStyle(el).getPropertyValue("--dash-text").trim() || undefined;
    const chart = new window.ApexCharts(el, options);
    charts.set(el, chart);
    const started = performance.now();
    chart.render().then(() => {
        performance.measure(`chart ${el.id}`, { start: started }); // read by bench/ (BrowserTimer)
        el.setAttribute("data-drawn", "true");
    });
}

// ApexCharts is loaded the first time a page has a chart (a file of our own origin, so a
// "script-src 'self'" policy allows it), from its fingerprinted address when the page names it.
let library = null;
function loadLibrary() {
    if (window.ApexCharts) return Promise.resolve();
    library ??= new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = document.querySelector('meta[name="apexcharts-src"]')?.content || "/lib/apexcharts/apexcharts.min.js";
        s.onload = resolve;
        s.onerror = reject;
        document.head.appendChild(s);
    });
    return library;
}

function drawAll(root) {
    const pending = root.querySelectorAll("[data-apex-chart]");
    if (pending.length) loadLibrary().then(() => pending.forEach(draw));
}

function destroyIn(root) {
    for (const [el, chart] of charts) {
        if (root.contains(el)) { chart.destroy(); charts.delete(el); }
    }
}

document.body.addEventListener("htmx:beforeSwap", (e) => destroyIn(e.detail.target));
document.body.addEventListener("htmx:afterSettle", () => drawAll(document));
drawAll(document);
