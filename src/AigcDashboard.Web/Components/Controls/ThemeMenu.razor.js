// Remembers the theme for the pages the server renders next ("auto": the system's; no cookie).
export function remember(choice) {
    document.cookie = choice === "auto"
        ? "theme=; path=/; max-age=0; samesite=lax"
        : `theme=${choice}; path=/; max-age=31536000; samesite=lax`;
}
