// Loaded by the background into HubSpot's chat frame (from app.hubspot.com), once detection inside it
// recognised the thread.
import { startChatRecorder } from "../chat-recorder";
import { hubSpotAdapter } from "../vendors/hubspot";

startChatRecorder(hubSpotAdapter);
