import type { ReactNode } from "react";
import "./globals.css";

// The <html> element is rendered by app/[locale]/layout.tsx, so that its lang follows the UI language.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
