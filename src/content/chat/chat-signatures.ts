// What gives each vendor's chat widget away. Part of the always-loaded script: keep it tiny; each
// vendor's reading of the conversation is loaded only where its widget is seen (adapters/*.iife.ts).

export interface ChatSignature {
  /** Marks the vendor's widget when it is drawn in the page's own DOM. */
  inPage?: string;
  /** The vendor's own frame, seen from the page that embeds it. */
  frame?: string;
  /** The name the vendor gives its frame, seen from inside as window.name. */
  frameName?: string;
}

// Publicly documented marks: Crisp draws `.crisp-client` / `#crisp-chatbox` in the page; LiveChat embeds
// `iframe#chat-widget` (name "chat-widget") in `#chat-widget-container`; Intercom writes its messenger
// into `iframe[name=intercom-messenger-frame]`.
export const CHAT_SIGNATURES: Readonly<Record<string, ChatSignature>> = {
  crisp: { inPage: ".crisp-client,#crisp-chatbox" },
  livechat: { frame: "iframe#chat-widget,#chat-widget-container iframe", frameName: "chat-widget" },
  intercom: { frame: "iframe[name=intercom-messenger-frame],#intercom-container iframe", frameName: "intercom-messenger-frame" },
  // Zendesk: script-written frames (messaging window, classic #webWidget); its Garden-tagged log inside them.
  zendesk: { frame: "iframe#webWidget,iframe[title='Messaging window']", inPage: "[data-garden-id='chat.message_log']" },
  // Drift: iframe#drift-widget (name "drift-widget", in #drift-frame-chat) from js.driftt.com.
  drift: { frame: "iframe#drift-widget,#drift-frame-chat iframe", frameName: "drift-widget" },
  // HubSpot: #hubspot-messages-iframe-container > iframe from app.hubspot.com (no name); its thread inside.
  hubspot: { frame: "#hubspot-messages-iframe-container iframe", inPage: "[data-test-id=chat-widget-thread]" },
  // Tawk.to: script-written frames titled "chat widget" (random ids); its chat panel inside them.
  tawk: { frame: "iframe[title='chat widget']", inPage: ".tawk-message-block" },
  // Freshchat: iframe#fc_widget (in div#fc_frame) from wchat.freshchat.com.
  freshchat: { frame: "iframe#fc_widget,#fc_frame iframe", frameName: "fc_widget" },
  // Salesforce messaging: iframe#embeddedMessagingFrame (in div.embedded-messaging) from the *.my.site.com site.
  salesforce: { frame: "iframe#embeddedMessagingFrame,.embedded-messaging iframe", frameName: "embeddedMessagingFrame" },
};

/** Selector of every vendor widget drawn in a page: the generic recorder leaves those to their adapter. */
export const VENDOR_WIDGETS = Object.values(CHAT_SIGNATURES)
  .flatMap((s) => (s.inPage ? [s.inPage] : []))
  .join(",");
