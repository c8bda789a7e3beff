// The clipboard is the browser's: copies a view's address; false when the browser refuses.
export async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}
