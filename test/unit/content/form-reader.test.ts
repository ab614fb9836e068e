// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { accessibleLabel, readForm } from "../../../src/content/form-reader";
import { FormField } from "../../../src/domain/evidence";

function mount(html: string): HTMLFormElement {
  document.body.innerHTML = html;
  const form = document.querySelector("form");
  if (!form) throw new Error("fixture has no form");
  return form;
}

function set(selector: string, value: string): void {
  const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!el) throw new Error(`no ${selector}`);
  el.value = value;
}

function byName(form: HTMLFormElement, name: string) {
  return readForm(form).fields.find((f) => f.name === name);
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("readForm: labels", () => {
  it("takes the label pointed to by for=", () => {
    const form = mount(`<form><label for="n">Your name</label><input id="n" name="name" value="Ana"></form>`);
    expect(byName(form, "name")).toEqual({ label: "Your name", name: "name", type: "text", value: "Ana", length: 3 });
  });

  it("takes a wrapping label without the text of a select's options", () => {
    const form = mount(`<form><label>Topic
        <select name="topic"><option>Billing</option><option selected>Outage</option><option>Moving house</option></select>
      </label></form>`);
    const topic = byName(form, "topic");
    expect(topic?.label).toBe("Topic");
    expect(topic?.value).toBe("Outage");
    expect(topic?.type).toBe("select-one");
  });

  it("takes a wrapping label around a text input", () => {
    const form = mount(`<form><label>Order number <input name="order" value="A-1"></label></form>`);
    expect(byName(form, "order")?.label).toBe("Order number");
  });

  it("prefers aria-labelledby, joining several ids in order", () => {
    const form = mount(`<form>
        <span id="a">Describe</span><span id="b">the problem</span>
        <label for="t">Ignored label</label>
        <textarea id="t" name="body" aria-labelledby="a b missing" aria-label="Ignored aria-label"></textarea>
      </form>`);
    expect(byName(form, "body")?.label).toBe("Describe the problem");
  });

  it("takes aria-label when there is no labelledby", () => {
    const form = mount(`<form><input name="q1" aria-label="  Customer   number "></form>`);
    expect(byName(form, "q1")?.label).toBe("Customer number");
  });

  it("falls back to the placeholder, then the name", () => {
    const form = mount(`<form><input name="city" placeholder="Your city"><input name="zip_code"></form>`);
    expect(byName(form, "city")?.label).toBe("Your city");
    expect(byName(form, "zip_code")?.label).toBe("zip_code");
  });

  it("falls back to the title when there is no placeholder", () => {
    const form = mount(`<form><input name="x" title="Account holder"></form>`);
    expect(byName(form, "x")?.label).toBe("Account holder");
  });

  it("an empty aria-labelledby target falls through to the next source", () => {
    const form = mount(`<form><span id="empty"> </span><input name="n" aria-labelledby="empty" aria-label="Name"></form>`);
    expect(byName(form, "n")?.label).toBe("Name");
  });

  it("takes the text of a label holding markup, without interpreting it", () => {
    const form = mount(`<form>
        <label for="s">&lt;b&gt;Subject&lt;/b&gt; <img src="x" onerror="window.__pwned=1"></label><input id="s" name="subject">
        <label for="m">Your <em>full</em> message</label><textarea id="m" name="message"></textarea>
      </form>`);
    expect(byName(form, "subject")?.label).toBe("<b>Subject</b>");
    expect(byName(form, "message")?.label).toBe("Your full message");
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("a label's script and style contents are not part of the label", () => {
    const form = mount(`<form><label for="e">E-mail<style>.x{color:red}</style><script>var hidden = 1;</script></label><input id="e" name="email" type="email"></form>`);
    expect(byName(form, "email")?.label).toBe("E-mail");
  });

  it("accessibleLabel is usable on its own", () => {
    mount(`<form><label for="p">Phone</label><input id="p" name="phone" type="tel"></form>`);
    expect(accessibleLabel(document.querySelector("input")!)).toBe("Phone");
  });
});

describe("readForm: radio buttons and checkboxes", () => {
  it("a radio group is labelled by its fieldset's legend and its value is the chosen option's label", () => {
    const form = mount(`<form><fieldset><legend>How should we reply?</legend>
        <label><input type="radio" name="reply" value="e"> By e-mail</label>
        <label><input type="radio" name="reply" value="p" checked> By phone</label>
      </fieldset></form>`);
    const reading = readForm(form);
    expect(reading.fields).toEqual([{ label: "How should we reply?", name: "reply", type: "radio", value: "By phone", length: 8 }]);
    // Unchecked options still count in the form's shape.
    expect(reading.shape.fields.filter((f) => f.name === "reply")).toHaveLength(2);
  });

  it("a checkbox group keeps every checked box under the legend", () => {
    const form = mount(`<form><fieldset><legend>Affected services</legend>
        <input type="checkbox" id="c1" name="svc" checked><label for="c1">Internet</label>
        <input type="checkbox" id="c2" name="svc"><label for="c2">TV</label>
        <input type="checkbox" id="c3" name="svc" checked><label for="c3">Phone</label>
      </fieldset></form>`);
    expect(readForm(form).fields.map((f) => [f.label, f.value])).toEqual([
      ["Affected services", "Internet"],
      ["Affected services", "Phone"],
    ]);
  });

  it("a lone checkbox outside a fieldset uses its own label", () => {
    const form = mount(`<form><input type="checkbox" id="ok" name="consent" checked><label for="ok">I agree to be called back</label></form>`);
    expect(byName(form, "consent")).toMatchObject({ label: "I agree to be called back", value: "I agree to be called back" });
  });

  it("a checkbox without any label records its value", () => {
    const form = mount(`<form><input type="checkbox" name="urgent" value="yes" checked></form>`);
    expect(byName(form, "urgent")?.value).toBeTruthy();
  });
});

describe("readForm: what is skipped", () => {
  it("skips hidden, submit, button, reset and image inputs and buttons", () => {
    const form = mount(`<form>
        <input type="hidden" name="csrf" value="secret-token">
        <input type="submit" name="go" value="Send">
        <input type="button" name="b" value="B"><input type="reset" name="r"><input type="image" name="i" alt="Send">
        <button name="send" value="1">Send</button>
        <input name="kept" value="yes">
      </form>`);
    const reading = readForm(form);
    expect(reading.fields.map((f) => f.name)).toEqual(["kept"]);
    expect(JSON.stringify(reading)).not.toContain("secret-token");
  });

  it("skips disabled controls (the browser does not send them)", () => {
    const form = mount(`<form>
        <input name="off" value="x" disabled>
        <textarea name="off2" disabled>y</textarea>
        <select name="off3" disabled><option selected>z</option></select>
        <input name="on" value="z">
      </form>`);
    const reading = readForm(form);
    expect(reading.fields.map((f) => f.name)).toEqual(["on"]);
    expect(reading.shape.fields.map((f) => f.name)).toEqual(["on"]);
  });

  it("reads controls placed outside the form but attached with form=", () => {
    document.body.innerHTML = `<form id="f"><input name="inside" value="a"></form><textarea form="f" name="outside">b</textarea>`;
    const form = document.querySelector("form")!;
    expect(readForm(form).fields.map((f) => f.name)).toEqual(["inside", "outside"]);
  });
});

describe("readForm: sensitive values", () => {
  it("withholds a password with its reason and no value", () => {
    const form = mount(`<form><label for="pw">Password</label><input id="pw" name="pw" type="password" value="hunter2"></form>`);
    expect(byName(form, "pw")).toEqual({ label: "Password", name: "pw", type: "password", withheld: "password", length: 0 });
  });

  it("withholds card number, expiry and security code, keeping no trace of them", () => {
    const form = mount(`<form>
        <label for="cn">Card</label><input id="cn" name="cn" autocomplete="cc-number" value="4111 1111 1111 1111">
        <label for="ex">Expiry</label><input id="ex" name="ex" autocomplete="cc-exp" value="12/29">
        <label for="cv">CVC</label><input id="cv" name="cv" value="737">
        <label for="msg">Message</label><textarea id="msg" name="msg">Refund please</textarea>
      </form>`);
    const reading = readForm(form);
    expect(reading.fields.map((f) => [f.name, f.withheld ?? null])).toEqual([
      ["cn", "card-number"],
      ["ex", "card-detail"],
      ["cv", "card-security-code"],
      ["msg", null],
    ]);
    const json = JSON.stringify(reading.fields);
    for (const secret of ["4111", "12/29", "737"]) expect(json).not.toContain(secret);
    for (const f of reading.fields.filter((x) => x.withheld)) {
      expect(f).not.toHaveProperty("value");
      expect(f.length).toBe(0);
    }
  });

  it("withholds a card number typed into a harmless-looking field", () => {
    const form = mount(`<form><label for="r">Reference</label><input id="r" name="ref"></form>`);
    set("#r", "5555-5555-5555-4444");
    expect(byName(form, "ref")).toEqual({ label: "Reference", name: "ref", type: "text", withheld: "card-number", length: 0 });
  });

  it("withholds a one-time code", () => {
    const form = mount(`<form><input name="code" autocomplete="one-time-code" aria-label="Code" value="482913"></form>`);
    expect(byName(form, "code")?.withheld).toBe("one-time-code");
  });

  it("every field read is valid evidence", () => {
    const form = mount(`<form>
        <label for="pw">Password</label><input id="pw" name="pw" type="password" value="x">
        <label for="n">Name</label><input id="n" name="n" value="Ana">
      </form>`);
    for (const f of readForm(form).fields) expect(FormField.safeParse(f).success).toBe(true);
  });
});

describe("readForm: values", () => {
  it("keeps a 6 MB message whole, with its length", () => {
    const form = mount(`<form><label for="m">Message</label><textarea id="m" name="m"></textarea></form>`);
    const big = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(120_000).slice(0, 6 * 1024 * 1024);
    set("#m", big);
    const field = byName(form, "m");
    expect(field?.length).toBe(6 * 1024 * 1024);
    expect(field?.value?.length).toBe(big.length);
    expect(field?.value === big).toBe(true);
  });

  it("keeps what was typed, not the value attribute", () => {
    const form = mount(`<form><input name="s" value="default"></form>`);
    set("input[name=s]", "typed by the person");
    expect(byName(form, "s")?.value).toBe("typed by the person");
  });

  it("keeps every selected option of a multiple select", () => {
    const form = mount(`<form><label for="d">Days</label><select id="d" name="days" multiple>
        <option selected>Monday</option><option>Tuesday</option><option selected value="wed">Wednesday</option></select></form>`);
    expect(byName(form, "days")).toMatchObject({ type: "select-multiple", value: "Monday, Wednesday" });
  });

  it("keeps blank text fields as empty values", () => {
    const form = mount(`<form><input name="empty"></form>`);
    expect(byName(form, "empty")).toMatchObject({ value: "", length: 0 });
  });
});

describe("readForm: the form itself", () => {
  it("reports target, method in upper case and an identity for classification", () => {
    const form = mount(`<form id="complaint" name="cf" class="contact big" role="form" action="/yellow/contact" method="post" aria-label="Complaint"><input name="a"></form>`);
    const reading = readForm(form);
    expect(reading.target).toMatch(/\/yellow\/contact$/);
    expect(reading.method).toBe("POST");
    for (const part of ["role=form", "complaint", "cf", "contact big", "/yellow/contact", "Complaint"]) expect(reading.shape.identity).toContain(part);
  });

  it("defaults the method to GET", () => {
    expect(readForm(mount(`<form><input name="a"></form>`)).method).toBe("GET");
  });

  it("the shape lists each control with its type, label, name and autocomplete", () => {
    const form = mount(`<form><label for="e">Email</label><input id="e" name="email" type="email" autocomplete="email"><textarea name="m" aria-label="Message"></textarea></form>`);
    expect(readForm(form).shape.fields).toEqual([
      { type: "email", label: "Email", name: "email", autocomplete: "email" },
      { type: "textarea", label: "Message", name: "m", autocomplete: "" },
    ]);
  });
});
