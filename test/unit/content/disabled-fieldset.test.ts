// @vitest-environment happy-dom
// A control inside a disabled fieldset is not sent by the browser, so it is not recorded either.
import { expect, it } from "vitest";
import { readForm } from "../../../src/content/form-reader";

it("skips controls inside a disabled fieldset (the browser does not send them)", () => {
  document.body.innerHTML = `<form>
      <fieldset disabled><legend>Old address</legend><input name="inside" value="y"></fieldset>
      <input name="on" value="z">
    </form>`;
  expect(readForm(document.querySelector("form")!).fields.map((f) => f.name)).toEqual(["on"]);
});
