"""A small calculator web service: the talk's "calculator application", written in Python.

GET /                       -> a plain-text greeting
GET /calculate?a=2&op=mul&b=100 -> {"expression":"2 * 100","result":200}

Operands are integers and division is integer division, like the Go calculator of the demo.
"""

import os

from flask import Flask, jsonify, request

app = Flask(__name__)

def divide(a, b):
    """Integer division that truncates towards zero, as Go and Java do (-7 / 2 is -3, not -4)."""
    quotient = abs(a) // abs(b)
    return quotient if (a >= 0) == (b >= 0) else -quotient


OPERATIONS = {
    "add": ("+", lambda a, b: a + b),
    "sub": ("-", lambda a, b: a - b),
    "mul": ("*", lambda a, b: a * b),
    "div": ("/", divide),
}


@app.get("/")
def index():
    return "Hi, I am a calculator service. Try /calculate?a=2&op=mul&b=100\n"


@app.get("/calculate")
def calculate():
    try:
        a = int(request.args.get("a", ""))
        b = int(request.args.get("b", ""))
    except ValueError:
        return jsonify(error="Invalid input. Try again."), 400
    op = request.args.get("op", "")
    if op not in OPERATIONS:
        return jsonify(error="Invalid operator. Try again."), 400
    symbol, apply = OPERATIONS[op]
    if op == "div" and b == 0:
        return jsonify(error="Division by zero."), 400
    return jsonify(expression=f"{a} {symbol} {b}", result=apply(a, b))


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8000"))
    print(f"Calculator service listening on port {port}", flush=True)
    app.run(host="0.0.0.0", port=port)
