// Follows blazor.web.js's "components-reconnect-state-changed" events: shows the dialog while the
// circuit rejoins, offers a retry when it cannot, and reloads the page (its address is the whole
// view) when the server no longer has the circuit, as after a restart.
const modal = document.getElementById("components-reconnect-modal");
modal.addEventListener("components-reconnect-state-changed", changed);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);

function changed(event) {
    const state = event.detail.state;
    if (state === "show") {
        if (!modal.open) modal.showModal();
    } else if (state === "hide") {
        modal.close();
    } else if (state === "failed") {
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: rejoined; false: the server answered but has no such circuit; a throw: no server yet.
        if (!await Blazor.reconnect()) {
            if (await Blazor.resumeCircuit()) modal.close(); else location.reload();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) location.reload();
    } catch {
        modal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") await retry();
}
