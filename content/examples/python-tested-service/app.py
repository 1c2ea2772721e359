"""A small unit-conversion web service, with tests beside it.

GET /                         -> a plain-text greeting
GET /convert?value=5&from=km&to=mi -> {"value":3.107,"unit":"mi"}
"""

import os

from flask import Flask, jsonify, request

app = Flask(__name__)

# Metres per unit.
UNITS = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048}


def convert(value, source, target):
    """Converts a length between two known units, rounded to three decimals."""
    return round(value * UNITS[source] / UNITS[target], 3)


@app.get("/")
def index():
    return "Hi, I convert lengths. Try /convert?value=5&from=km&to=mi\n"


@app.get("/convert")
def convert_route():
    source, target = request.args.get("from", ""), request.args.get("to", "")
    if source not in UNITS or target not in UNITS:
        return jsonify(error=f"Known units: {', '.join(UNITS)}"), 400
    try:
        value = float(request.args.get("value", ""))
    except ValueError:
        return jsonify(error="value must be a number"), 400
    return jsonify(value=convert(value, source, target), unit=target)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"Converter service listening on port {port}", flush=True)
    app.run(host="0.0.0.0", port=port)
