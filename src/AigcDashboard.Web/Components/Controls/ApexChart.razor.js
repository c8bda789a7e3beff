// ApexCharts behind the chart component. The options arrive as data; what ApexCharts takes only
// as functions is added here: values written in the reader's language (1.2亿美元, $120M), the
// tooltip of each point, its label, and the click that comes back to the component. Text from
// the data goes where ApexCharts writes HTML (the tooltips, the legend) only encoded.

let library = null;
const load = (url) => (library ??= import(url).then((m) => m.default));

function encode(text) {
    const box = document.createElement("div");
    box.textContent = text ?? "";
    return box.innerHTML;
}

function money(v, lang) {
    const a = Math.abs(v), t = (x) => String(Math.round(x * 100) / 100);
    if (lang === "zh") return a >= 1e8 ? t(v / 1e8) + "亿美元" : a >= 1e4 ? t(v / 1e4) + "万美元" : t(v) + "美元";
    return a >= 1e9 ? "$" + t(v / 1e9) + "B" : a >= 1e6 ? "$" + t(v / 1e6) + "M" : a >= 1e3 ? "$" + t(v / 1e3) + "K" : "$" + t(v);
}

function point(w, series, index) {
    return w.config.series[series]?.data?.[index];
}

function withBehaviour(options, behaviour, dotnet) {
    const format = (v) => (v === null || v === undefined ? "" : money(v, behaviour.lang));
    const valueAxis = (axis) => ({ ...(axis || {}), labels: { ...((axis || {}).labels || {}), formatter: format } });
    if (behaviour.valueAxes === "Y" || behaviour.valueAxes === "XY") options.yaxis = valueAxis(options.yaxis);
    if (behaviour.valueAxes === "XY") options.xaxis = valueAxis(options.xaxis);
    // The x-axis tooltip (the category or value under the pointer) is written as HTML too.
    const xLabel = behaviour.valueAxes === "XY" ? (v) => encode(format(v)) : (v) => encode(v);
    options.xaxis = { ...(options.xaxis || {}) };
    options.xaxis.tooltip = { ...(options.xaxis.tooltip || {}), formatter: xLabel };
    options.legend = { ...(options.legend || {}), formatter: (name) => encode(name) };
    // Even with a custom tooltip, ApexCharts fills its own title and rows (as HTML) underneath.
    options.tooltip = {
        x: { formatter: xLabel },
        y: { formatter: (v) => encode(format(v)), title: { formatter: encode } },
        z: { formatter: encode, title: "" },
        custom: ({ seriesIndex, dataPointIndex, w }) => {
            const text = point(w, seriesIndex, dataPointIndex)?.tooltip;
            return text ? `<div class="chart-tooltip">${encode(text)}</div>` : "";
        },
    };
    if (options.dataLabels?.enabled) {
        // Data labels are SVG text (written as text, not HTML): the point's own label.
        options.dataLabels = { ...options.dataLabels, formatter: (v, o) => point(o.w, o.seriesIndex, o.dataPointIndex)?.label ?? "" };
    }
    options.chart.events = {
        dataPointSelection: (event, context, config) => {
            dotnet.invokeMethodAsync("PointClicked", config.seriesIndex, config.dataPointIndex);
        },
    };
    return options;
}

// Each chart is drawn in a task of its own, so that a page of charts does not hold the main
// thread (and the reader's clicks) for all of them at once.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// The chart is drawn in a shadow root of its own. ApexCharts adds elements and measures them
// again and again while it draws; out here, each time, the browser matches the new elements
// against all of the page's style rules (MudBlazor's four thousand), in there against ApexCharts'
// own and these few. That halves the time a chart takes to draw. Page styles do not reach in,
// only inherited ones (font, colour) and custom properties.
const ownStyle = `
.frame { height: 100%; }
.chart-tooltip { padding: .4rem .6rem; font-size: .85rem; max-width: 22rem; white-space: normal; }
.on-slide .apexcharts-legend-text { font-size: .8rem !important; }
@media print { .apexcharts-toolbar { display: none !important; } }
`;

// ApexCharts handles some pointer events a little later (it throttles hovers to one per 20 ms),
// when the browser has already retargeted event.target from the bar to the shadow host: pin it.
const hoverEvents = ["mousemove", "mouseup", "mouseout", "touchmove", "touchend"];
const pinTarget = (event) => Object.defineProperty(event, "target", { value: event.target, configurable: true });

// ApexCharts puts a tooltip wider than the room beside its point partly outside the chart, where
// the panel cuts it off: move it back inside whenever ApexCharts places it.
function keepTooltipsInside(frame) {
    new MutationObserver((changes) => {
        for (const { target: tip } of changes) {
            if (!tip.classList.contains("apexcharts-tooltip")) continue;
            const left = parseFloat(tip.style.left), max = Math.max(0, frame.clientWidth - tip.offsetWidth);
            if (left < 0 || left > max) tip.style.left = `${Math.min(Math.max(left, 0), max)}px`;
        }
    }).observe(frame, { subtree: true, attributes: true, attributeFilter: ["style"] });
}

function canvasIn(element) {
    let root = element.shadowRoot;
    if (!root) {
        root = element.attachShadow({ mode: "open" });
        for (const type of hoverEvents) root.addEventListener(type, pinTarget, { capture: true, passive: true });
    }
    const style = document.createElement("style");
    style.textContent = ownStyle;
    // ApexCharts sizes a chart of height "100%" by its parent element (a shadow root is none).
    const frame = document.createElement("div");
    // Projector-sized legend on a slide (its axis labels come sized in the options).
    frame.className = element.closest(".deck") ? "frame on-slide" : "frame";
    const canvas = frame.appendChild(document.createElement("div"));
    keepTooltipsInside(frame);
    root.replaceChildren(style, frame);
    return canvas;
}

export async function create(element, options, behaviour, dotnet, libraryUrl) {
    const ApexCharts = await load(libraryUrl);
    await nextTask();
    const started = performance.now();
    const chart = new ApexCharts(canvasIn(element), withBehaviour(options, behaviour, dotnet));
    await chart.render();
    performance.measure(`chart ${element.id}`, { start: started }); // read by bench/ (BrowserTimer)
    return { chart, dotnet, id: element.id };
}

export async function update(handle, options, behaviour) {
    const started = performance.now();
    await handle.chart.updateOptions(withBehaviour(options, behaviour, handle.dotnet), true, false, false);
    performance.measure(`chart ${handle.id}`, { start: started });
}

export function destroy(handle) {
    handle.chart.destroy();
}
