// <passkey-submit>, the browser side of the account pages' passkey buttons (PasskeySubmit.razor).
// The pages are static forms: this element asks the portal for WebAuthn options, asks the browser
// for a passkey with them, and posts its form with the outcome as {name}.CredentialJson or
// {name}.Error. On the sign-in page it also offers the browser's saved passkeys in the e-mail
// field's autofill (conditional mediation), where the browser supports it.
// Loaded once by App.razor: static pages reached by enhanced navigation run no scripts of their own.

const supportsPasskeys =
  typeof window.PublicKeyCredential === "function" &&
  typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function" &&
  typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";

class PasskeySubmit extends HTMLElement {
  static formAssociated = true;

  connectedCallback() {
    this.internals ??= this.attachInternals();
    this.form = this.internals.form;
    this.onSubmit = (event) => {
      if (event.submitter?.name === "__passkeySubmit") {
        event.preventDefault();
        this.submitPasskey(false);
      }
    };
    this.form?.addEventListener("submit", this.onSubmit);
    if (this.getAttribute("operation") === "request") {
      this.offerInAutofill();
    }
  }

  disconnectedCallback() {
    this.form?.removeEventListener("submit", this.onSubmit);
    this.pending?.abort();
  }

  async offerInAutofill() {
    if (supportsPasskeys && (await PublicKeyCredential.isConditionalMediationAvailable?.())) {
      await this.submitPasskey(true);
    }
  }

  // One ceremony at a time: a click on the button ends the autofill offer before it starts its own.
  async submitPasskey(fromAutofill) {
    this.pending?.abort();
    const pending = new AbortController();
    this.pending = pending;
    const outcome = new FormData();
    const name = this.getAttribute("name");
    try {
      const credential = await this.passkey(fromAutofill, pending.signal);
      outcome.append(`${name}.CredentialJson`, JSON.stringify(credential));
    } catch (error) {
      // Nobody asked for the autofill offer, and an abort is ours: neither is worth a message.
      if (fromAutofill || error.name === "AbortError") {
        return;
      }
      outcome.append(`${name}.Error`, error.name === "NotAllowedError" ? "No passkey was given." : error.message);
    }
    this.internals.setFormValue(outcome);
    this.form.submit();
  }

  async passkey(fromAutofill, signal) {
    if (!supportsPasskeys) {
      throw new Error("This browser cannot use passkeys. A recent version of any major browser can.");
    }
    const response = await fetch(this.getAttribute("options-url"), {
      method: "POST",
      credentials: "same-origin",
      headers: { [this.getAttribute("token-header")]: this.getAttribute("token-value") },
      signal,
    });
    if (!response.ok) {
      throw new Error(`The portal could not start the passkey step (${response.status}). Reload the page and try again.`);
    }
    const options = await response.json();
    if (this.getAttribute("operation") === "create") {
      return navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options), signal });
    }
    return navigator.credentials.get({
      publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
      mediation: fromAutofill ? "conditional" : undefined,
      signal,
    });
  }
}

customElements.define("passkey-submit", PasskeySubmit);
